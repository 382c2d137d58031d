package dev.bconf.schema;

import java.util.Optional;

/**
 * A directive as one catalogue version shows it, with its alias target and referenced
 * resource type already worked out; its state has no {@code from} yet.
 *
 * @param spelling     the name as this version spells it
 * @param state        the facts that may change between versions
 * @param deprecated   the version's {@code deprecated} flag
 * @param introducedIn the left side of {@code versions}
 * @param deprecatedIn the right side of {@code versions}
 */
record Observation(
        String spelling,
        DirectiveState state,
        boolean deprecated,
        Optional<String> introducedIn,
        Optional<String> deprecatedIn) {
}
