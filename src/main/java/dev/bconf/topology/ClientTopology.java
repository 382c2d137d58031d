package dev.bconf.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one client connects.
 *
 * @param name    the Director's Client name
 * @param host    the host folder of its File Daemon configuration, when known
 * @param passive whether the Storage Daemon dials it for data
 * @param control the control connections the two sides allow, in the order the Director tries them
 * @param data    one data connection per Storage its jobs use
 */
public record ClientTopology(String name, Optional<String> host, boolean passive, List<Connection> control,
        List<DataChannel> data) {
    public ClientTopology {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        control = List.copyOf(control);
        data = List.copyOf(data);
    }
}
