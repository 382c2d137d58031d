package dev.bconf.site;

import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import java.util.Objects;
import java.util.Optional;

/**
 * A Director {@code Storage} and, when its configuration was given, the Storage Daemon it means.
 *
 * @param storage    the Director's view of the storage
 * @param sd         the Storage Daemon's configuration, when found
 * @param sdDirector the Storage Daemon's {@code Director} resource named like the Director
 * @param sdStorage  the Storage Daemon's own {@code Storage} resource
 * @param matchedBy  how the Storage Daemon was found: "name", "address", "host folder", "device", "only one"
 */
public record StorageLink(Resource storage, Optional<DaemonConfig> sd, Optional<Resource> sdDirector,
        Optional<Resource> sdStorage, String matchedBy) {
    public StorageLink {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(sd, "sd");
        Objects.requireNonNull(sdDirector, "sdDirector");
        Objects.requireNonNull(sdStorage, "sdStorage");
        Objects.requireNonNull(matchedBy, "matchedBy");
    }

    public String name() {
        return storage.name().orElse("?");
    }
}
