package dev.bconf.bench;

import dev.bconf.Bconf;
import dev.bconf.InputException;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.DaemonSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * In-process reading benchmark: reads each path with {@link Bconf#load} for at least three
 * seconds and {@code --warmup} runs to let the JIT settle, then times {@code --runs} runs and
 * prints the median as files/s and MB/s (10^6 bytes).
 * A run that reports any diagnostic fails the benchmark: timing a broken site proves nothing.
 *
 * <p>Usage: {@code ParseBench [--warmup W] [--runs R] PATH...}
 */
public final class ParseBench {

    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private ParseBench() {
    }

    public static void main(String[] args) throws IOException, InputException {
        int warmup = 3;
        int runs = 7;
        int first = 0;
        while (first < args.length && args[first].startsWith("--")) {
            switch (args[first]) {
                case "--warmup" -> warmup = Integer.parseInt(args[first + 1]);
                case "--runs" -> runs = Integer.parseInt(args[first + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[first]
                        + "; usage: ParseBench [--warmup W] [--runs R] PATH...");
            }
            first += 2;
        }
        System.out.printf(Locale.ROOT, "| input | files | MB | median ms | min ms | max ms | files/s | MB/s |%n");
        System.out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|---:|---:|%n");
        for (String arg : Arrays.copyOfRange(args, first, args.length)) {
            measure(Path.of(arg), warmup, runs);
        }
    }

    private static void measure(Path input, int warmup, int runs) throws IOException, InputException {
        LoadOptions options = LoadOptions.of(input);
        Site site = load(options);
        int files = site.fileCount();
        long bytes = bytes(site);
        // Small sites need many runs before the JIT has compiled the reader: warm up for a
        // few seconds as well as for the runs asked for, so every size is timed at full speed.
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 1; i < warmup || System.nanoTime() < warmUntil; i++) {
            load(options);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long start = System.nanoTime();
            load(options);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = runs % 2 == 1 ? nanos[runs / 2] : (nanos[runs / 2 - 1] + nanos[runs / 2]) / 2.0;
        double seconds = median / 1e9;
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.0f | %.0f | %.0f | %.0f | %.2f |%n",
                input.getFileName(), files, bytes / 1e6, median / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6,
                files / seconds, bytes / 1e6 / seconds);
    }

    private static Site load(LoadOptions options) throws InputException {
        Site site = Bconf.load(options);
        if (!site.diagnostics().isEmpty()) {
            throw new IllegalStateException(site.diagnostics().size() + " diagnostics, the first: "
                    + site.diagnostics().get(0));
        }
        return site;
    }

    private static long bytes(Site site) throws IOException {
        long total = 0;
        for (DaemonSyntax daemon : site.daemons()) {
            for (ConfigFile file : daemon.files()) {
                total += Files.size(file.path());
                for (Path included : file.includedFiles()) {
                    total += Files.size(included);
                }
            }
        }
        return total;
    }
}
