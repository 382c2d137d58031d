package dev.bconf.schema;

import java.util.List;
import java.util.Optional;

/**
 * Turns the entries of one resource type (or block) of one catalogue version into
 * {@link Observation}s: finds each alias's target and each reference's resource type.
 */
final class ItemResolver {

    private static final List<String> ALIAS_PREFIXES = List.of("fd", "sd", "dir");

    private final String where;
    private final List<String> resourceTable;

    /**
     * @param where         the catalogue, for messages ({@code bareos-dir 25.1.0})
     * @param resourceTable the resource types in Bareos's table order, aliases left out
     */
    ItemResolver(String where, List<String> resourceTable) {
        this.where = where;
        this.resourceTable = List.copyOf(resourceTable);
    }

    List<Observation> resolve(String scope, List<SourceItem> items) {
        return items.stream().map(item -> observe(scope, item, items)).toList();
    }

    private Observation observe(String scope, SourceItem item, List<SourceItem> items) {
        Datatype datatype = Datatype.fromCatalogueName(item.datatype()).orElseThrow(() -> fail(scope, item,
                "unknown datatype " + item.datatype() + "; add it to dev.bconf.schema.Datatype"));
        Optional<String> aliasOf = item.alias() ? Optional.of(aliasTarget(scope, item, items)) : Optional.empty();
        Optional<String> references = datatype == Datatype.RES || datatype == Datatype.RESOURCE_LIST
                ? Optional.of(referencedType(scope, item))
                : Optional.empty();
        // An alias entry repeats its target's flags; the target alone is required.
        boolean required = item.required() && !item.alias();
        DirectiveState state = new DirectiveState(Optional.empty(), datatype, item.code(), item.equalsSign(),
                item.defaultValue(), required, item.platformSpecific(), aliasOf, references);
        return new Observation(item.name(), state, item.deprecated(), item.introducedIn(), item.deprecatedIn());
    }

    private String aliasTarget(String scope, SourceItem alias, List<SourceItem> items) {
        List<SourceItem> sameValue = items.stream()
                .filter(i -> !i.alias() && i.datatype().equals(alias.datatype()) && i.code() == alias.code())
                .toList();
        Optional<String> named = alias.aliasHint()
                .or(() -> Optional.ofNullable(SpecFacts.UNNAMED_ALIAS_TARGETS.get(alias.name())));
        List<SourceItem> targets = named.isPresent()
                ? sameValue.stream().filter(i -> Names.fold(i.name()).equals(Names.fold(named.get()))).toList()
                : sameValue.stream().filter(i -> spelledAlike(alias.name(), i.name())).toList();
        if (targets.size() != 1) {
            throw fail(scope, alias, "cannot tell which directive this alias sets (candidates "
                    + sameValue.stream().map(SourceItem::name).toList() + ", named " + named.orElse("none") + ")");
        }
        return targets.get(0).name();
    }

    /** {@code FdPort} for {@code Port}, {@code User} for {@code DbUser}. */
    private static boolean spelledAlike(String alias, String target) {
        String a = Names.fold(alias);
        String t = Names.fold(target);
        return t.equals("db" + a) || ALIAS_PREFIXES.stream().anyMatch(p -> a.equals(p + t));
    }

    private String referencedType(String scope, SourceItem item) {
        // Up to 20 the codes were R_FIRST-based (1001, 3001, ...); from 21 they are table indexes.
        int index = item.code() >= 1000 ? item.code() % 1000 - 1 : item.code();
        if (index < 0 || index >= resourceTable.size()) {
            throw fail(scope, item, "code " + item.code() + " names no resource type of " + resourceTable);
        }
        String type = resourceTable.get(index);
        boolean namesAType = resourceTable.stream().anyMatch(t -> t.equalsIgnoreCase(item.name()));
        if (namesAType && !type.equalsIgnoreCase(item.name())) {
            throw fail(scope, item, "code " + item.code() + " resolves to " + type + ", not to its namesake");
        }
        return type;
    }

    private IllegalStateException fail(String scope, SourceItem item, String why) {
        return new IllegalStateException(where + " " + scope + "." + item.name() + ": " + why);
    }
}
