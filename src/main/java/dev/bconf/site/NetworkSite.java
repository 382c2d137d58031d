package dev.bconf.site;

import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import java.util.List;
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
public record NetworkSite(Optional<DaemonConfig> director, List<ClientLink> clients, List<StorageLink> storages,
        List<JobUse> jobUses, List<DaemonConfig> fileDaemons, List<DaemonConfig> storageDaemons) {

    public NetworkSite {
        Objects.requireNonNull(director, "director");
        clients = List.copyOf(clients);
        storages = List.copyOf(storages);
        jobUses = List.copyOf(jobUses);
        fileDaemons = List.copyOf(fileDaemons);
        storageDaemons = List.copyOf(storageDaemons);
    }

    /** The Director's {@code Director} resource. */
    public Optional<Resource> directorResource() {
        return director.flatMap(d -> d.resources("Director").stream().findFirst());
    }

    /** The Director's name, which every File and Storage Daemon must know. */
    public Optional<String> directorName() {
        return directorResource().flatMap(Resource::name);
    }

    public Optional<ClientLink> client(String name) {
        return clients.stream().filter(c -> c.client().name().filter(name::equals).isPresent()).findFirst();
    }

    public Optional<StorageLink> storage(String name) {
        return storages.stream().filter(s -> s.storage().name().filter(name::equals).isPresent()).findFirst();
    }
}
