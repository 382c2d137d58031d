package dev.bconf.model;

import dev.bconf.discover.DaemonKind;
import dev.bconf.discover.DaemonSource;
import dev.bconf.schema.BareosVersion;
import dev.bconf.schema.DaemonSchema;
import dev.bconf.syntax.DaemonSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One daemon's configuration as Bareos means it: its resources, typed and resolved, for the
 * Bareos version the host runs.
 *
 */
public final class DaemonConfig {

    private final DaemonSyntax syntax;
    private final BareosVersion version;
    private final Optional<DaemonSchema> schema;
    private final List<Resource> resources;
    // A site of ten thousand clients looks names up ten thousand times per rule: index them once.
    private final Map<String, List<Resource>> byType = new HashMap<>();
    private final Map<String, Resource> byTypeAndName = new HashMap<>();

    public DaemonConfig(DaemonSyntax syntax, BareosVersion version, Optional<DaemonSchema> schema,
            List<Resource> resources) {
        this.syntax = Objects.requireNonNull(syntax, "syntax");
        this.version = Objects.requireNonNull(version, "version");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.resources = List.copyOf(resources);
        for (Resource r : this.resources) {
            String type = r.type().toLowerCase(Locale.ROOT);
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(r);
            r.name().ifPresent(n -> byTypeAndName.putIfAbsent(type + "\u0000" + n, r));
        }
        byType.replaceAll((t, list) -> List.copyOf(list));
    }

    public DaemonSyntax syntax() {
        return syntax;
    }

    /** The Bareos version the configuration is checked against. */
    public BareosVersion version() {
        return version;
    }

    /** The catalogue of that daemon and version; empty for the tray monitor. */
    public Optional<DaemonSchema> schema() {
        return schema;
    }

    /** Every resource in reading order. */
    public List<Resource> resources() {
        return resources;
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
        return byType.getOrDefault(type.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The resource of a type with this name. Names compare exactly, as in Bareos, where
     * {@code Full} and {@code full} are two pools.
     */
    public Optional<Resource> find(String type, String name) {
        return Optional.ofNullable(byTypeAndName.get(type.toLowerCase(Locale.ROOT) + "\u0000" + name));
    }
}
