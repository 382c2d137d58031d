package dev.bconf.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every configuration of Bareos's own test vectors (edge-cases.tsv, each run through the real
 * daemons): bconf must report no error where Bareos accepts, and an error on Bareos's line
 * where Bareos rejects. The few rows that depend on the host Bareos ran on, or where bconf
 * reports on purpose at another line, are listed with their reason in edge-cases-scope.tsv.
 * Stored values are compared per directive by the value reader's own vector test.
 */
class EdgeCaseTest {

    private static final Path CASES = TestResources.path("edge-cases");
    private static final Map<String, Map<String, String>> SCOPE = TestResources
            .tsv(TestResources.path("edge-cases-scope.tsv")).stream()
            .collect(Collectors.toMap(r -> r.get("id"), Function.identity()));

    @TestFactory
    Stream<DynamicTest> everyVector() {
        return TestResources.tsv(TestResources.path("edge-cases.tsv")).stream()
                .map(row -> DynamicTest.dynamicTest(row.get("id") + " " + row.get("note"), () -> check(row)));
    }

    private static void check(Map<String, String> row) throws Exception {
        String id = row.get("id");
        Map<String, String> scope = SCOPE.get(id);
        if (scope != null && scope.get("scope").equals("host")) {
            Assumptions.abort("depends on the host Bareos ran on: " + scope.get("reason"));
        }
        Path root = CASES.resolve(id);
        Site site = Bconf.load(LoadOptions.of(root));
        List<Diagnostic> reading = site.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .toList();
        if (row.get("verdict").equals("accept")) {
            assertThat(reading).as("Bareos accepts %s", id).isEmpty();
            return;
        }
        assertThat(reading).as("Bareos rejects %s: %s", id, row.get("error")).isNotEmpty();
        ErrorLocation expected = ErrorLocation.of(row);
        if (scope != null) {
            expected = new ErrorLocation(expected.file(), Integer.parseInt(scope.get("line")));
        }
        if (expected.line() > 0) {
            Path file = root.resolve(expected.file());
            int line = expected.line();
            assertThat(reading).as("an error at %s:%d (%s)", expected.file(), line, row.get("error"))
                    .anySatisfy(d -> {
                        assertThat(d.location().file().toAbsolutePath().normalize()).isEqualTo(file.normalize());
                        assertThat(d.location().line()).isEqualTo(line);
                    });
        }
    }

    /** Where Bareos reported its error: {@code line:col} in the row's file, or {@code file:line:col}. */
    private record ErrorLocation(String file, int line) {
        static ErrorLocation of(Map<String, String> row) {
            String[] parts = row.get("error_loc").split(":");
            return switch (parts.length) {
                case 3 -> new ErrorLocation(parts[0], Integer.parseInt(parts[1]));
                case 2 -> new ErrorLocation(row.get("file"), Integer.parseInt(parts[0]));
                default -> new ErrorLocation(row.get("file"), 0);
            };
        }
    }
}
