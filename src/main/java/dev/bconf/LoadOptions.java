package dev.bconf;

import dev.bconf.discover.DaemonKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to read and how.
 *
 * @param paths    config files, {@code .d} folders, config roots or site folders, detected by shape
 * @param explicit daemon configs named with their kind ({@code --dir}, {@code --fd}, {@code --sd})
 * @param sysroot  where absolute include paths are resolved; empty for {@code /}
 */
public record LoadOptions(List<Path> paths, Map<DaemonKind, List<Path>> explicit, Optional<Path> sysroot) {

    public LoadOptions {
        paths = List.copyOf(paths);
        explicit = Map.copyOf(explicit);
        Objects.requireNonNull(sysroot, "sysroot");
    }

    /** Reads the given paths with default options. */
    public static LoadOptions of(Path... paths) {
        return new LoadOptions(List.of(paths), Map.of(), Optional.empty());
    }

    /** The same options with absolute includes resolved below {@code root}. */
    public LoadOptions withSysroot(Path root) {
        return new LoadOptions(paths, explicit, Optional.of(root));
    }
}
