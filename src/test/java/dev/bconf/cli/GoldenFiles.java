package dev.bconf.cli;

import java.nio.file.Path;

/** Output made comparable with a committed golden file. */
final class GoldenFiles {

    private GoldenFiles() {
    }

    /**
     * The output with the fixture's own location replaced by {@code $ROOT}, as it depends on
     * the checkout: absolute, or relative to the working directory as bconf shows it.
     */
    static String withoutPrefix(String output, Path root) {
        Path absolute = root.toAbsolutePath();
        Path shown = absolute.startsWith(Path.of("").toAbsolutePath())
                ? Path.of("").toAbsolutePath().relativize(absolute) : absolute;
        return output.replace(absolute.toString(), "$ROOT").replace(shown.toString(), "$ROOT");
    }
}
