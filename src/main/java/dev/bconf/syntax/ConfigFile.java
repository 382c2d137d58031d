package dev.bconf.syntax;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One top-level configuration file with everything it includes spliced in.
 *
 * @param path          the file
 * @param resources     its resources in order (their spans may point into included files)
 * @param comments      the comments of the file and of the files it includes
 * @param includedFiles the files read through {@code @} includes, in reading order
 */
public record ConfigFile(Path path, List<ResourceNode> resources, List<Comment> comments, List<Path> includedFiles) {
    public ConfigFile {
        Objects.requireNonNull(path, "path");
        resources = List.copyOf(resources);
        comments = List.copyOf(comments);
        includedFiles = List.copyOf(includedFiles);
    }
}
