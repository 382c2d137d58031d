package dev.bconf.schema;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The directives and aliases one version allows in one resource type or block. */
final class DirectiveTable {

    private static final Comparator<DirectiveSchema> BY_NAME =
            Comparator.comparing(DirectiveSchema::name, String.CASE_INSENSITIVE_ORDER);

    /** How many distinct keywords a table remembers the match of; a config could otherwise grow it without end. */
    private static final int REMEMBERED = 4096;

    private final Map<String, DirectiveSchema> byName;
    private final List<DirectiveSchema> canonical;
    private final List<DirectiveSchema> aliases;
    // By keyword as written or asked for: the model looks up every directive of every resource and
    // the rules ask for the same few names of thousands of resources, so folding each name and
    // making its match again cost more than the rest of a lookup.
    private final Map<String, Optional<DirectiveMatch>> found = new ConcurrentHashMap<>();

    private DirectiveTable(Map<String, DirectiveSchema> byName) {
        this.byName = Map.copyOf(byName);
        this.canonical = byName.values().stream().filter(d -> !d.isAlias()).sorted(BY_NAME).toList();
        this.aliases = byName.values().stream().filter(DirectiveSchema::isAlias).sorted(BY_NAME).toList();
    }

    static DirectiveTable at(Map<String, DirectiveHistory> histories, BareosVersion version) {
        Map<String, DirectiveSchema> byName = new HashMap<>();
        histories.forEach((key, history) -> history.at(version).ifPresent(d -> byName.put(key, d)));
        return new DirectiveTable(byName);
    }

    List<DirectiveSchema> canonical() {
        return canonical;
    }

    List<DirectiveSchema> aliases() {
        return aliases;
    }

    Optional<DirectiveMatch> find(String keyword) {
        Optional<DirectiveMatch> match = found.get(keyword);
        if (match == null) {
            match = match(keyword);
            if (found.size() < REMEMBERED) {
                found.put(keyword, match);
            }
        }
        return match;
    }

    private Optional<DirectiveMatch> match(String keyword) {
        return Optional.ofNullable(byName.get(Names.fold(keyword))).map(entry -> entry.aliasOf()
                .map(target -> new DirectiveMatch(target(entry, target), Optional.of(entry)))
                .orElseGet(() -> new DirectiveMatch(entry, Optional.empty())));
    }

    private DirectiveSchema target(DirectiveSchema alias, String target) {
        DirectiveSchema d = byName.get(Names.fold(target));
        if (d == null || d.isAlias()) {
            throw new IllegalStateException(
                    "bundled catalogue: alias " + alias.name() + " names no directive " + target);
        }
        return d;
    }

    Optional<String> suggest(String keyword) {
        return DidYouMean.nearest(keyword, canonical.stream().map(DirectiveSchema::name).toList());
    }
}
