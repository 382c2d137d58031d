package dev.bconf.schema;

import java.util.Map;

/**
 * One resource type across every catalogued version.
 *
 * @param name       the canonical name
 * @param lifespan   when it exists and is deprecated
 * @param directives its directives and their aliases by folded name
 */
record ResourceHistory(String name, Lifespan lifespan, Map<String, DirectiveHistory> directives) {

    ResourceHistory {
        directives = Map.copyOf(directives);
    }
}
