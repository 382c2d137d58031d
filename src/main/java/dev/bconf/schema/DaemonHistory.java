package dev.bconf.schema;

import dev.bconf.discover.DaemonKind;
import java.util.Map;
import java.util.Optional;

/**
 * One program's catalogue across every catalogued version.
 *
 * @param kind      the program
 * @param resources its resource types by folded name
 * @param aliases   alternative resource type names by folded name
 */
record DaemonHistory(DaemonKind kind, Map<String, ResourceHistory> resources, Map<String, ResourceAlias> aliases) {

    DaemonHistory {
        resources = Map.copyOf(resources);
        aliases = Map.copyOf(aliases);
    }

    /** The resource type a name or alias names, whatever the version. */
    Optional<ResourceHistory> resource(String name) {
        String key = Names.fold(name);
        return Optional.ofNullable(resources.get(key))
                .or(() -> Optional.ofNullable(aliases.get(key)).map(a -> resources.get(Names.fold(a.target()))));
    }
}
