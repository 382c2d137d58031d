package dev.bconf.model;

import dev.bconf.discover.DaemonKind;
import dev.bconf.discover.DaemonSource;
import dev.bconf.schema.BareosVersion;
import dev.bconf.schema.DaemonSchema;
import dev.bconf.syntax.DaemonSyntax;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One daemon's configuration as Bareos means it: its resources, typed and resolved, for the
 * Bareos version the host runs.
 *
 * @param syntax    the configuration as read
 * @param version   the Bareos version it is checked against
 * @param schema    the catalogue of that daemon and version; empty for the tray monitor
 * @param resources every resource in reading order
 */
public record DaemonConfig(DaemonSyntax syntax, BareosVersion version, Optional<DaemonSchema> schema,
        List<Resource> resources) {

    public DaemonConfig {
        Objects.requireNonNull(syntax, "syntax");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(schema, "schema");
        resources = List.copyOf(resources);
    }

    public DaemonSource source() {
        return syntax.source();
    }

    public DaemonKind kind() {
        return syntax.source().kind();
    }

    /** A summary: the syntax tree it holds keeps passwords in clear, and is far too long anyway. */
    @Override
    public String toString() {
        return "DaemonConfig[" + kind() + " " + source().origin() + ", Bareos " + version + ", " + resources.size()
                + " resources]";
    }

    /** The resources of one type (canonical name, any case), in reading order. */
    public List<Resource> resources(String type) {
        return resources.stream().filter(r -> r.type().equalsIgnoreCase(type)).toList();
    }

    /**
     * The resource of a type with this name. Names compare exactly, as in Bareos, where
     * {@code Full} and {@code full} are two pools.
     */
    public Optional<Resource> find(String type, String name) {
        return resources(type).stream().filter(r -> r.name().filter(name::equals).isPresent()).findFirst();
    }
}
