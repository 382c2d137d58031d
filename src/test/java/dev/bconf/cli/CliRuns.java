package dev.bconf.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line runs other packages' tests need, with sample-specific arguments applied. */
public final class CliRuns {

    private CliRuns() {
    }

    /** {@code bconf topology -f FORMAT SAMPLE [args from SAMPLE/bconf.args]}; fails on a non-zero exit. */
    public static String topology(Path sample, String format) throws IOException {
        List<String> args = new ArrayList<>(List.of("topology", "-f", format));
        args.addAll(sampleArgs(sample));
        args.add(sample.toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        if (run.code() != 0) {
            throw new AssertionError("topology exited " + run.code() + ": " + run.err());
        }
        return run.out();
    }

    /** Extra arguments a sample needs, one per line in its {@code bconf.args}. */
    public static List<String> sampleArgs(Path sample) throws IOException {
        Path file = sample.resolve("bconf.args");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
