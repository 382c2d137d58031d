package dev.bconf.schema;

import dev.bconf.discover.DaemonKind;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One program's configuration vocabulary in one Bareos version: its resource types with
 * their directives, plus the datatypes' keyword values and nested blocks. Obtained from
 * {@link Catalogue#forVersion}; immutable and safe to share between threads.
 */
public final class DaemonSchema {

    private final DaemonKind kind;
    private final BareosVersion version;
    private final DaemonHistory history;
    private final SharedHistory shared;
    private final Map<String, ResourceSchema> resources;
    private final List<ResourceSchema> resourceTypes;
    private final Map<Datatype, BlockSchema> blocks;

    DaemonSchema(DaemonHistory history, SharedHistory shared, BareosVersion version) {
        this.kind = history.kind();
        this.version = Objects.requireNonNull(version, "version");
        this.history = history;
        this.shared = shared;
        Map<String, ResourceSchema> types = new HashMap<>();
        history.resources().forEach((key, r) -> {
            if (r.lifespan().existsIn(version)) {
                types.put(key, new ResourceSchema(r.name(), r.lifespan(), r.lifespan().isDeprecatedIn(version),
                        DirectiveTable.at(r.directives(), version)));
            }
        });
        this.resources = Map.copyOf(types);
        this.resourceTypes = types.values().stream()
                .sorted(Comparator.comparing(ResourceSchema::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        Map<Datatype, BlockSchema> blockSchemas = new EnumMap<>(Datatype.class);
        shared.blocks().forEach((type, items) ->
                blockSchemas.put(type, new BlockSchema(type, DirectiveTable.at(items, version))));
        this.blocks = Map.copyOf(blockSchemas);
    }

    /** The program this vocabulary belongs to. */
    public DaemonKind kind() {
        return kind;
    }

    /** The Bareos version it describes. */
    public BareosVersion version() {
        return version;
    }

    /** The resource types this version knows, by name. */
    public List<ResourceSchema> resourceTypes() {
        return resourceTypes;
    }

    /**
     * The resource type a name denotes in this version, as Bareos matches it: case and blanks
     * ignored ({@code File Set} is {@code FileSet}), aliases resolved ({@code FileDaemon} is
     * the File Daemon's {@code Client}; {@link #resourceAlias} tells whether one was used).
     */
    public Optional<ResourceSchema> resourceType(String name) {
        String key = Names.fold(name);
        return Optional.ofNullable(resources.get(key))
                .or(() -> resourceAlias(name).map(a -> resources.get(Names.fold(a.target()))));
    }

    /** The alias a name is in this version, if it is one ({@code FileDaemon}). */
    public Optional<ResourceAlias> resourceAlias(String name) {
        return Optional.ofNullable(history.aliases().get(Names.fold(name)))
                .filter(a -> a.lifespan().existsIn(version) && resources.containsKey(Names.fold(a.target())));
    }

    /** The resource type name closest to one that matches none, for a "did you mean". */
    public Optional<String> suggestResourceType(String name) {
        return DidYouMean.nearest(name, resourceTypes.stream().map(ResourceSchema::name).toList());
    }

    /**
     * When a resource type exists in any catalogued version, so that a type unknown to this
     * version can be reported as added later or removed earlier. Empty when no version knows it.
     */
    public Optional<Lifespan> resourceLifespan(String name) {
        return history.resource(name).map(ResourceHistory::lifespan);
    }

    /**
     * When a directive of a resource type exists in any catalogued version ({@code Compatible}
     * in the File Daemon's {@code Client}: removed in 23.0.0), so that a directive unknown to
     * this version can be reported as added later or removed earlier. Aliases of both names
     * are understood. Empty when no version knows the pair.
     */
    public Optional<Lifespan> directiveLifespan(String resourceType, String directive) {
        return history.resource(resourceType)
                .flatMap(r -> Optional.ofNullable(r.directives().get(Names.fold(directive))))
                .map(DirectiveHistory::lifespan);
    }

    /**
     * When an item of a block datatype exists in any catalogued version ({@code BaseJob} in a
     * FileSet's {@code Options}: removed in 24.0.0), as {@link #directiveLifespan} for resources.
     */
    public Optional<Lifespan> blockItemLifespan(Datatype block, String item) {
        return Optional.ofNullable(shared.blocks().get(block))
                .flatMap(items -> Optional.ofNullable(items.get(Names.fold(item))))
                .map(DirectiveHistory::lifespan);
    }

    /**
     * The words a keyword datatype accepts ({@code Backup}, {@code Restore} ... for
     * {@code JOB_TYPE}), as the catalogue spells them; Bareos compares them ignoring case.
     * Empty for datatypes that are not keyword lists. The catalogues list {@code BACKUP_LEVEL}'s
     * "no level" entry of Admin and Restore jobs as a single blank.
     */
    public List<String> keywordValues(Datatype datatype) {
        return shared.keywords().getOrDefault(datatype, List.of());
    }

    /** The items of a block datatype ({@code RUNSCRIPT}, {@code INCLUDE_EXCLUDE_ITEM}, {@code OPTIONS}). */
    public Optional<BlockSchema> block(Datatype datatype) {
        return Optional.ofNullable(blocks.get(datatype));
    }

    @Override
    public String toString() {
        return kind.baseName() + " " + version;
    }
}
