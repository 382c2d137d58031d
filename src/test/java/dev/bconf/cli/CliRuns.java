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

    /** {@code bconf topology -f FORMAT SAMPLE [the sample's args]}; fails on a non-zero exit. */
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

    /** Extra arguments a sample needs: golden/samples/SAMPLE.args, split at blanks. */
    public static List<String> sampleArgs(Path sample) throws IOException {
        Path file = dev.bconf.TestResources.path("golden/samples").resolve(sample.getFileName() + ".args");
        if (!Files.exists(file)) {
            return List.of();
        }
        return List.of(Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+"));
    }
}
