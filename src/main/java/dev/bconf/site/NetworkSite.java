package dev.bconf.site;

import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The daemons of one site and how they pair up: the Director's Client and Storage resources,
 * each with the File Daemon or Storage Daemon configuration it means, when given.
 *
 * @param director       the Director's configuration, when given
 * @param clients        one link per Director {@code Client}
 * @param storages       one link per Director {@code Storage}
 * @param jobUses        the Client and Storage pairs that jobs use together
 * @param fileDaemons    every File Daemon configuration given
 * @param storageDaemons every Storage Daemon configuration given
 */
public final class NetworkSite {

    private final Optional<DaemonConfig> director;
    private final List<ClientLink> clients;
    private final List<StorageLink> storages;
    private final List<JobUse> jobUses;
    private final List<DaemonConfig> fileDaemons;
    private final List<DaemonConfig> storageDaemons;
    private final Map<String, ClientLink> clientByName = new HashMap<>();

    public NetworkSite(Optional<DaemonConfig> director, List<ClientLink> clients, List<StorageLink> storages,
            List<JobUse> jobUses, List<DaemonConfig> fileDaemons, List<DaemonConfig> storageDaemons) {
        this.director = Objects.requireNonNull(director, "director");
        this.clients = List.copyOf(clients);
        this.storages = List.copyOf(storages);
        this.jobUses = List.copyOf(jobUses);
        this.fileDaemons = List.copyOf(fileDaemons);
        this.storageDaemons = List.copyOf(storageDaemons);
        this.clients.forEach(c -> c.client().name().ifPresent(n -> clientByName.putIfAbsent(n, c)));
    }

    public Optional<DaemonConfig> director() {
        return director;
    }

    public List<ClientLink> clients() {
        return clients;
    }

    public List<StorageLink> storages() {
        return storages;
    }

    public List<JobUse> jobUses() {
        return jobUses;
    }

    public List<DaemonConfig> fileDaemons() {
        return fileDaemons;
    }

    public List<DaemonConfig> storageDaemons() {
        return storageDaemons;
    }

    /** The Director's {@code Director} resource. */
    public Optional<Resource> directorResource() {
        return director.flatMap(d -> d.resources("Director").stream().findFirst());
    }

    /** The Director's name, which every File and Storage Daemon must know. */
    public Optional<String> directorName() {
        return directorResource().flatMap(Resource::name);
    }

    /** The link of the Director Client with this name (names compare exactly). */
    public Optional<ClientLink> client(String name) {
        return Optional.ofNullable(clientByName.get(name));
    }
}
