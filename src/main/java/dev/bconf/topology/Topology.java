package dev.bconf.topology;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The effective connections of a site: who connects to whom, at which address and port, and why.
 *
 * @param director   the Director's name
 * @param directorAt where the Director resource is written
 * @param host       the Director's host folder, when known
 * @param clients    one entry per Director Client
 * @param storages   one entry per Director Storage
 * @param problems   the network findings (BC2xx) that explain broken connections
 */
public record Topology(Optional<String> director, Optional<SourceSpan> directorAt, Optional<String> host,
        List<ClientTopology> clients, List<StorageTopology> storages, List<Diagnostic> problems) {
    public Topology {
        Objects.requireNonNull(director, "director");
        Objects.requireNonNull(directorAt, "directorAt");
        Objects.requireNonNull(host, "host");
        clients = List.copyOf(clients);
        storages = List.copyOf(storages);
        problems = List.copyOf(problems);
    }
}
