package dev.bconf.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds the bundled catalogue of one Bareos program from its catalogue in every version. */
final class DaemonGenerator {

    private final String component;
    private final List<CatalogueVersion> versions;
    private final HistoryBuilder history;

    DaemonGenerator(String component, List<CatalogueVersion> versions) {
        this.component = component;
        this.versions = List.copyOf(versions);
        this.history = new HistoryBuilder(versions);
    }

    /** @param sources the program's catalogue in each version, in the order of {@code versions} */
    Map<String, Object> generate(List<SourceCatalogue> sources) {
        List<SpecFacts.ResourceTypeAlias> typeAliases = SpecFacts.RESOURCE_TYPE_ALIASES.stream()
                .filter(a -> a.component().equals(component)).toList();
        Map<String, List<Optional<List<Observation>>>> byType = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceCatalogue source = sources.get(i);
            List<String> table = resourceTable(source, typeAliases, versions.get(i));
            ItemResolver resolver = new ItemResolver(component + " " + versions.get(i).label(), table);
            for (String type : table) {
                String key = Names.fold(type);
                spelling.put(key, type);
                byType.computeIfAbsent(key, k -> history.absentEverywhere())
                        .set(i, Optional.of(resolver.resolve(type, source.resources().get(type))));
            }
        }
        Map<String, Object> resources = new TreeMap<>();
        byType.forEach((key, perVersion) -> resources.put(spelling.get(key), resource(spelling.get(key), perVersion)));

        Map<String, Object> aliases = new TreeMap<>();
        for (SpecFacts.ResourceTypeAlias a : typeAliases) {
            Map<String, Object> alias = CatalogueJson.lifespan(
                    new Lifespan(Optional.empty(), Optional.empty(), true, Optional.of(a.deprecatedSince())));
            alias.put("target", a.target());
            aliases.put(a.alias(), alias);
        }
        Map<String, Object> json = new TreeMap<>();
        json.put("daemon", component);
        json.put("formatVersion", CatalogueLoader.FORMAT_VERSION);
        json.put("resourceAliases", aliases);
        json.put("resources", resources);
        return json;
    }

    /** The version's resource types in table order, with alias copies checked and left out. */
    private List<String> resourceTable(SourceCatalogue source, List<SpecFacts.ResourceTypeAlias> typeAliases,
            CatalogueVersion version) {
        List<String> table = new ArrayList<>(source.resources().keySet());
        for (SpecFacts.ResourceTypeAlias a : typeAliases) {
            boolean listed = table.remove(a.alias());
            if (listed && !source.resources().get(a.alias()).equals(source.resources().get(a.target()))) {
                throw new IllegalStateException(component + " " + version.label() + ": resource type " + a.alias()
                        + " is not a copy of " + a.target());
            }
        }
        return table;
    }

    private Map<String, Object> resource(String type, List<Optional<List<Observation>>> perVersion) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < perVersion.size(); i++) {
            if (perVersion.get(i).isPresent()) {
                present.add(i);
            }
        }
        Optional<BareosVersion> deprecatedSince = SpecFacts.DEPRECATED_RESOURCE_TYPES.stream()
                .filter(d -> d.component().equals(component) && d.name().equals(type))
                .map(SpecFacts.DeprecatedResourceType::since)
                .findFirst();
        Lifespan lifespan = history.presence(component + " " + type, present, deprecatedSince);
        Map<String, DirectiveHistory> directives = new TreeMap<>(history.directives(type, perVersion));
        applyEarlierDefaults(type, directives);
        checkExpectedLifespans(type, directives);
        checkNewestAliases(type, directives);

        Map<String, Object> json = CatalogueJson.lifespan(lifespan);
        json.put("directives", CatalogueJson.directives(directives));
        return json;
    }

    private void applyEarlierDefaults(String type, Map<String, DirectiveHistory> directives) {
        for (SpecFacts.EarlierDefault fact : SpecFacts.EARLIER_DEFAULTS) {
            if (fact.component().equals(component) && fact.resource().equals(type)) {
                DirectiveHistory d = find(type, fact.directive(), directives);
                Optional<String> catalogued = d.states().get(0).defaultValue();
                if (catalogued.isEmpty() || catalogued.get().equalsIgnoreCase(fact.value())) {
                    throw new IllegalStateException(component + " " + type + "." + d.name()
                            + ": expected a catalogued default other than " + fact.value() + ", found " + catalogued);
                }
                directives.put(d.name(), HistoryEdits.defaultBefore(d, fact.until(), fact.value()));
            }
        }
    }

    private void checkExpectedLifespans(String type, Map<String, DirectiveHistory> directives) {
        for (SpecFacts.ExpectedLifespan fact : SpecFacts.EXPECTED_LIFESPANS) {
            if (fact.component().equals(component) && fact.resource().equals(type)) {
                Lifespan l = find(type, fact.directive(), directives).lifespan();
                if (!l.deprecatedSince().equals(Optional.of(fact.deprecatedSince()))
                        || !l.until().equals(Optional.of(fact.until()))) {
                    throw new IllegalStateException(component + " " + type + "." + fact.directive()
                            + ": the catalogues say " + l + ", the spec says deprecated in " + fact.deprecatedSince()
                            + " and removed in " + fact.until());
                }
            }
        }
    }

    private void checkNewestAliases(String type, Map<String, DirectiveHistory> directives) {
        Map<String, String> found = new TreeMap<>();
        directives.values().stream()
                .filter(d -> d.lifespan().until().isEmpty())
                .forEach(d -> d.states().get(d.states().size() - 1).aliasOf()
                        .ifPresent(target -> found.put(d.name(), target)));
        Map<String, String> expected = new TreeMap<>(
                SpecFacts.NEWEST_ALIASES.getOrDefault(component, Map.of()).getOrDefault(type, Map.of()));
        if (!found.equals(expected)) {
            throw new IllegalStateException(component + " " + type + ": newest aliases " + found
                    + " differ from the spec's " + expected);
        }
    }

    private DirectiveHistory find(String type, String directive, Map<String, DirectiveHistory> directives) {
        DirectiveHistory d = directives.get(directive);
        if (d == null) {
            throw new IllegalStateException(component + " " + type + " has no directive " + directive);
        }
        return d;
    }
}
