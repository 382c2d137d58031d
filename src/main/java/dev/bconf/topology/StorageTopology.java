package dev.bconf.topology;

import java.util.Objects;
import java.util.Optional;

/**
 * How the Director reaches one storage.
 *
 * @param name    the Director's Storage name
 * @param host    the host folder of its Storage Daemon configuration, when known
 * @param control the Director's connection to it
 */
public record StorageTopology(String name, Optional<String> host, Connection control) {
    public StorageTopology {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(control, "control");
    }
}
