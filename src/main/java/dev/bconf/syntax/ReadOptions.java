package dev.bconf.syntax;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How files are read.
 *
 * @param sysroot where absolute include paths are resolved (a repository holding what
 *                would be {@code /}); empty to resolve them as they are
 */
public record ReadOptions(Optional<Path> sysroot) {
    public ReadOptions {
        Objects.requireNonNull(sysroot, "sysroot");
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty());
    }
}
