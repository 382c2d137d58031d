package dev.bconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.Severity;
import dev.bconf.discover.DaemonKind;
import dev.bconf.model.DaemonConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The real configuration trees of ../shared/corpus against Bareos's own verdicts: no error
 * where Bareos accepts, an error on Bareos's line where it stops while reading (exit 42), and
 * an error where a start-up check refuses the configuration (exit 1). Run by
 * {@code mvn -Pconformance surefire:test} (from .ci/run) when ../shared exists.
 */
@Tag("conformance")
class CorpusConformanceTest {

    private static final Path CORPUS = Path.of(System.getProperty("bconf.shared", "../shared"), "corpus");

    @TestFactory
    Stream<DynamicTest> everyRootAndDaemon() {
        assertThat(CORPUS.resolve("verdicts.tsv")).as("the corpus at %s", CORPUS).exists();
        return TestResources.tsv(CORPUS.resolve("verdicts.tsv")).stream()
                .map(row -> DynamicTest.dynamicTest(row.get("root") + " " + row.get("daemon"), () -> check(row)));
    }

    private static void check(Map<String, String> row) throws Exception {
        Path root = CORPUS.resolve(row.get("root"));
        Site site = Bconf.load(LoadOptions.of(root));
        DaemonKind kind = switch (row.get("daemon")) {
            case "dir" -> DaemonKind.DIRECTOR;
            case "fd" -> DaemonKind.FILE_DAEMON;
            case "sd" -> DaemonKind.STORAGE_DAEMON;
            default -> DaemonKind.CONSOLE;
        };
        List<DaemonConfig> daemons = site.configs().stream().filter(d -> d.kind() == kind).toList();
        assertThat(daemons).as("a %s configuration found in %s", kind.label(), root).hasSize(1);
        List<Diagnostic> errors = errorsOf(site, daemons.get(0));
        switch (row.get("verdict")) {
            case "accept" -> assertThat(errors).as("Bareos accepts %s", root).isEmpty();
            case "reject" -> {
                assertThat(errors).as("Bareos rejects %s: %s", root, row.get("message")).isNotEmpty();
                if (!row.get("line").isEmpty()) {
                    // A single-file root names its file relative to the folder holding it.
                    Path base = java.nio.file.Files.isRegularFile(root) ? root.getParent() : root;
                    Path file = base.resolve(row.get("file")).toAbsolutePath().normalize();
                    int line = Integer.parseInt(row.get("line"));
                    assertThat(errors).as("an error at %s:%d (%s)", row.get("file"), line, row.get("message"))
                            .anySatisfy(d -> {
                                assertThat(d.location().file().toAbsolutePath().normalize()).isEqualTo(file);
                                assertThat(d.location().line()).isEqualTo(line);
                            });
                }
            }
            default -> assertThat(row.get("verdict")).isEqualTo("not-checked");
        }
    }

    /**
     * The errors about one daemon: its reading errors and the catalogue rules' errors about it.
     * Cross-daemon findings (BC2xx) are left out: {@code -t} checks one daemon at a time, so its
     * verdict says nothing about them (the examples' placeholder storage passwords are real
     * mismatches that only bconf sees).
     */
    private static List<Diagnostic> errorsOf(Site site, DaemonConfig daemon) {
        List<Diagnostic> reading = daemon.syntax().diagnostics();
        return site.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR && !d.rule().id().startsWith("BC2"))
                .filter(d -> reading.contains(d) || d.subject().filter(s -> s.daemon().equals(daemon.kind().label())
                        && s.host().equals(daemon.source().host())).isPresent())
                .toList();
    }
}
