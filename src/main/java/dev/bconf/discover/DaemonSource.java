package dev.bconf.discover;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one daemon's configuration comes from.
 *
 * @param kind        which daemon reads it
 * @param host        the host folder's name when the input was a site folder
 * @param root        the folder Bareos would be given with {@code -c}; relative includes
 *                    are resolved against it, as a daemon started there would
 * @param origin      the file or {@code .d} folder the configuration was found at
 * @param files       the top-level files in the order Bareos reads them
 * @param kindReason  why the kind was assumed when it was not evident from a file name
 */
public record DaemonSource(
        DaemonKind kind,
        Optional<String> host,
        Path root,
        Path origin,
        List<Path> files,
        Optional<String> kindReason) {

    public DaemonSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kindReason, "kindReason");
        files = List.copyOf(files);
    }

    /** True when the kind was guessed from the content. */
    public boolean kindGuessed() {
        return kindReason.isPresent();
    }
}
