package dev.bconf.schema;

import dev.bconf.discover.DaemonKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The directive catalogue bundled with bconf: what each Bareos program accepts in each
 * version, generated from the catalogues Bareos publishes (18.2 to the newest) and a few
 * facts they lack. Loaded once, on first use; every method is thread-safe.
 */
public final class Catalogue {

    private static final ConcurrentMap<Key, Optional<DaemonSchema>> VIEWS = new ConcurrentHashMap<>();

    private Catalogue() {
    }

    /**
     * What {@code kind} accepts in {@code version}. Versions between catalogued ones take the
     * facts of the catalogued version of their series (22.0.0 those of 22.1.8); versions older
     * than the oldest catalogue take its facts, without the directives added later.
     *
     * @return the schema, or empty for the tray monitor, for which Bareos publishes no catalogue
     */
    public static Optional<DaemonSchema> forVersion(DaemonKind kind, BareosVersion version) {
        return VIEWS.computeIfAbsent(new Key(kind, version), k -> Optional.ofNullable(Loaded.DAEMONS.get(kind))
                .map(history -> new DaemonSchema(history, Loaded.SHARED, version)));
    }

    /** The versions whose published catalogues the bundled one was generated from, oldest first. */
    public static List<BareosVersion> versions() {
        return Loaded.SHARED.versions();
    }

    static BareosVersion newestVersion() {
        List<BareosVersion> versions = versions();
        return versions.get(versions.size() - 1);
    }

    private record Key(DaemonKind kind, BareosVersion version) {
    }

    /** Loaded on first use by the class loader, which makes it happen once and thread-safely. */
    private static final class Loaded {
        static final SharedHistory SHARED = CatalogueLoader.shared();
        static final Map<DaemonKind, DaemonHistory> DAEMONS = load();

        private static Map<DaemonKind, DaemonHistory> load() {
            Map<DaemonKind, DaemonHistory> daemons = new EnumMap<>(DaemonKind.class);
            for (DaemonKind kind : DaemonKind.values()) {
                CatalogueLoader.daemon(kind).ifPresent(h -> daemons.put(kind, h));
            }
            return Map.copyOf(daemons);
        }
    }
}
