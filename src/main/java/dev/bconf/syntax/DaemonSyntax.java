package dev.bconf.syntax;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.discover.DaemonSource;
import java.util.List;
import java.util.Objects;

/** One daemon's configuration as read: its files in Bareos's reading order and the reading findings. */
public record DaemonSyntax(DaemonSource source, List<ConfigFile> files, List<Diagnostic> diagnostics) {

    public DaemonSyntax {
        Objects.requireNonNull(source, "source");
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /** All resources of all files in reading order. */
    public List<ResourceNode> resources() {
        return files.stream().flatMap(f -> f.resources().stream()).toList();
    }

    /** Number of distinct files read, includes counted. */
    public int fileCount() {
        return files.stream().mapToInt(f -> 1 + f.includedFiles().size()).sum();
    }
}
