package dev.bconf.schema;

import java.util.Objects;

/**
 * An alternative name of a resource type, such as the File Daemon's {@code FileDaemon} for
 * {@code Client}. Bareos accepts it and, once it is deprecated, warns that it is discouraged.
 *
 * @param name     the alias as Bareos spells it
 * @param target   the canonical resource type name
 * @param lifespan the versions that accept it and from which on it is deprecated
 */
public record ResourceAlias(String name, String target, Lifespan lifespan) {

    public ResourceAlias {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(lifespan, "lifespan");
    }
}
