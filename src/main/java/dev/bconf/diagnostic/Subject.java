package dev.bconf.diagnostic;

import java.util.Objects;
import java.util.Optional;

/**
 * What a finding is about: which daemon's configuration, and which resource in it.
 *
 * @param daemon       the daemon kind's label ({@code director}, {@code client}, {@code storage}, ...)
 * @param host         the host folder the configuration came from, in a site folder
 * @param resourceType the resource type ({@code Client})
 * @param resourceName the resource's name, when it has one
 */
public record Subject(String daemon, Optional<String> host, String resourceType, Optional<String> resourceName) {
    public Subject {
        Objects.requireNonNull(daemon, "daemon");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceName, "resourceName");
    }
}
