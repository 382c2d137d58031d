package dev.bconf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.Guard;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.lint.RulePolicy;
import dev.bconf.report.CheckReport;
import dev.bconf.report.JsonWriter;
import dev.bconf.report.PathDisplay;
import dev.bconf.report.TextWriter;
import dev.bconf.report.RedactedSource;
import dev.bconf.report.SarifWriter;
import dev.bconf.report.GithubWriter;
import dev.bconf.report.TopologyDotWriter;
import dev.bconf.report.TopologyJsonWriter;
import dev.bconf.report.TopologyMermaidWriter;
import dev.bconf.report.TopologyTextWriter;
import dev.bconf.topology.Topology;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole of what bconf does with a configuration, from reading to every writer, and what
 * must hold whatever the input: nothing is thrown, nothing hangs, the stack suffices, and
 * every finding points into the file it is about.
 */
final class Pipeline {

    /** Far above what any input takes (milliseconds), low enough to catch a quadratic blow-up. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /** Where failing inputs are kept, to be copied into src/test/resources/fuzz-regressions. */
    static final Path FAILURES = Path.of("target", "fuzz-failures");

    private Pipeline() {
    }

    /** Writes the tree to a fresh folder, runs everything over it and checks the findings. */
    static List<Diagnostic> check(ConfigTree tree) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bconf-fuzz");
            tree.writeTo(dir);
            Path root = dir;
            List<Diagnostic> found = Guard.run("reading " + tree.mainFile(), TIME_LIMIT, () -> run(root));
            Map<Path, List<Integer>> lines = new HashMap<>();
            found.forEach(d -> located(d, lines));
            return found;
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; input kept in " + keep(tree), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** Every stage and every writer; the findings before the rule policy, so none is hidden. */
    static List<Diagnostic> run(Path root) throws Exception {
        Site site = Bconf.load(LoadOptions.of(root));
        CheckReport report = new CheckReport(site.findings(RulePolicy.defaults()), site.fileCount(),
                site.daemonCounts());
        PathDisplay display = new PathDisplay(root);
        StringWriter out = new StringWriter();
        new TextWriter(display, RedactedSource.of(site.daemons(), java.util.Map.of()), false).write(report, out);
        new JsonWriter(display, "fuzz").write(report, out);
        new SarifWriter(display, "fuzz", java.util.Optional.empty()).write(report, out);
        new GithubWriter(display).write(report, out);
        Topology topology = site.topology();
        new TopologyTextWriter().write(topology, out);
        new TopologyJsonWriter(display).write(topology, out);
        new TopologyDotWriter().write(topology, out);
        new TopologyMermaidWriter().write(topology, out);
        return site.diagnostics();
    }

    /**
     * A finding's place, and those of its related locations, lie inside their file.
     *
     * @param lines the line lengths of the files seen so far
     */
    static void located(Diagnostic d, Map<Path, List<Integer>> lines) {
        inside(d.location(), d, lines);
        for (RelatedLocation r : d.related()) {
            inside(r.location(), d, lines);
        }
    }

    private static void inside(SourceSpan span, Diagnostic d, Map<Path, List<Integer>> lines) {
        Path file = span.file();
        if (!Files.isRegularFile(file)) {
            assertThat(List.of(span.line(), span.column())).as("%s points into %s, which is no file", d, file)
                    .containsExactly(1, 1);
            return;
        }
        List<Integer> lengths = lines.computeIfAbsent(file.toAbsolutePath().normalize(), Pipeline::lineLengths);
        assertThat(span.line()).as("line of %s", d).isBetween(1, lengths.size());
        assertThat(span.column()).as("column of %s", d).isBetween(1, lengths.get(span.line() - 1) + 1);
        assertThat(span.endLine()).as("end line of %s", d).isBetween(span.line(), lengths.size());
        assertThat(span.endColumn()).as("end column of %s", d).isLessThanOrEqualTo(lengths.get(span.endLine() - 1) + 1);
    }

    /**
     * The length of each line in bytes, an upper bound of its length in characters however
     * it is decoded; CR LF, CR and LF each end a line, as in Bareos.
     */
    static List<Integer> lineLengths(Path file) {
        try {
            return lineLengths(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Integer> lineLengths(String text) {
        List<Integer> lengths = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lengths.add(line.length());
        }
        return lengths;
    }

    private static Path keep(ConfigTree tree) {
        Path dir = FAILURES.resolve(tree.digest());
        try {
            Files.createDirectories(dir);
            tree.writeTo(dir);
        } catch (IOException | UncheckedIOException e) {
            return Path.of("(not kept: " + e.getMessage() + ")");
        }
        return dir;
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
