package dev.bconf.report;

import java.nio.file.Path;

/** Shows a path relative to the working directory when it lies below it, else absolute. */
public final class PathDisplay {

    private final Path workingDirectory;

    public PathDisplay(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public String show(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (abs.startsWith(workingDirectory) && !abs.equals(workingDirectory)) {
            return workingDirectory.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }
}
