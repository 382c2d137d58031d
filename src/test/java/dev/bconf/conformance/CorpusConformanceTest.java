package dev.bconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.discover.DaemonKind;
import dev.bconf.syntax.DaemonSyntax;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The real configuration trees of ../shared/corpus against Bareos's own verdicts. Run by
 * {@code mvn -Pconformance surefire:test} (from .ci/run) when ../shared exists.
 */
@Tag("conformance")
class CorpusConformanceTest {

    private static final Path CORPUS = Path.of(System.getProperty("bconf.shared", "../shared"), "corpus");
    private static final Set<String> READING_ERRORS = Set.of("BC001", "BC002", "BC003", "BC005", "BC006");

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
        List<DaemonSyntax> daemons = site.daemons().stream().filter(d -> d.source().kind() == kind).toList();
        assertThat(daemons).as("a %s configuration found in %s", kind.label(), root).hasSize(1);
        List<Diagnostic> readingErrors = site.diagnostics().stream()
                .filter(d -> READING_ERRORS.contains(d.rule().id()))
                .filter(d -> daemons.get(0).diagnostics().contains(d))
                .toList();
        if (!row.get("verdict").equals("reject")) {
            assertThat(readingErrors).as("Bareos reads %s without a syntax error", root).isEmpty();
            return;
        }
        String message = row.get("message");
        boolean readingReason = message.contains("Cannot open") || message.contains("unexpected token")
                || message.contains("End of conf file") || message.contains("Expected a Resource name");
        if (readingReason) {
            int line = Integer.parseInt(row.get("line"));
            Path file = root.resolve(row.get("file")).toAbsolutePath().normalize();
            assertThat(readingErrors).anySatisfy(d -> {
                assertThat(d.location().file().toAbsolutePath().normalize()).isEqualTo(file);
                assertThat(d.location().line()).isEqualTo(line);
            });
        } else {
            assertThat(readingErrors).as("%s is rejected for a reason beyond reading (%s); reading must pass",
                    root, message).isEmpty();
        }
    }
}
