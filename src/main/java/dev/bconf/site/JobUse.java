package dev.bconf.site;

import java.util.List;
import java.util.Objects;

/**
 * A Client and a Storage that jobs use together: the pair whose File Daemon and Storage
 * Daemon open the data channel.
 *
 * @param client  the client
 * @param storage the storage, named by the jobs directly, through JobDefs or through their Pool
 * @param jobs    the names of the jobs that use the pair
 */
public record JobUse(ClientLink client, StorageLink storage, List<String> jobs) {
    public JobUse {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(storage, "storage");
        jobs = List.copyOf(jobs);
    }
}
