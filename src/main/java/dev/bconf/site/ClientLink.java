package dev.bconf.site;

import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import java.util.Objects;
import java.util.Optional;

/**
 * A Director {@code Client} and, when its configuration was given, the File Daemon it means.
 *
 * @param client     the Director's view of the client
 * @param fd         the File Daemon's configuration, when found
 * @param fdDirector the File Daemon's {@code Director} resource named like the Director
 * @param fdClient   the File Daemon's own {@code Client} resource
 * @param matchedBy  how the File Daemon was found: "name", "address", "host folder"
 */
public record ClientLink(Resource client, Optional<DaemonConfig> fd, Optional<Resource> fdDirector,
        Optional<Resource> fdClient, String matchedBy) {
    public ClientLink {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(fd, "fd");
        Objects.requireNonNull(fdDirector, "fdDirector");
        Objects.requireNonNull(fdClient, "fdClient");
        Objects.requireNonNull(matchedBy, "matchedBy");
    }

    public String name() {
        return client.name().orElse("?");
    }
}
