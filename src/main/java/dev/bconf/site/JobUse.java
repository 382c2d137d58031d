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

    /** True when the Storage Daemon dials the client for this pair (the Director's Client is passive). */
    public boolean passive() {
        return Settings.flag(client.client(), "Passive", false);
    }

    /**
     * True when the data connection goes from one host to another: by their host folders when
     * both daemons' configurations came from a site folder, else when the dialling side's own
     * Address is not a loopback one (it is then elsewhere than a daemon reached at localhost).
     */
    public boolean crossesHosts() {
        var clientHost = client.fd().flatMap(f -> f.source().host());
        var storageHost = storage.sd().flatMap(s -> s.source().host());
        if (clientHost.isPresent() && storageHost.isPresent()) {
            return !clientHost.equals(storageHost);
        }
        var dialler = passive() ? storage.storage() : client.client();
        return Settings.text(dialler, "Address").filter(a -> !Agreement.isLoopback(a)).isPresent();
    }
}
