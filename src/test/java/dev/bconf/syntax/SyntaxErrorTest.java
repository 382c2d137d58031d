package dev.bconf.syntax;

import static dev.bconf.syntax.Fixtures.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Findings;
import dev.bconf.Site;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors (BC001): each row of syntax-errors.tsv is one mistake with the line, column
 * and message bconf must report; reading goes on after it, so a resource written after the
 * mistake is still read and no follow-up error is invented there.
 */
class SyntaxErrorTest {

    private static final String AFTER = "Messages {\n  Name = Standard\n}\n";

    static Stream<Arguments> rows() {
        return TestResources.tsv(TestResources.path("syntax-errors.tsv")).stream().map(r -> Arguments.of(
                r.get("case"), r.get("input").replace("\\n", "\n"), Integer.parseInt(r.get("line")),
                Integer.parseInt(r.get("column")), r.get("message"), r.get("recovers").equals("yes")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reportsTheMistakeWhereItIs(String name, String input, int line, int column, String message,
            boolean recovers) {
        String text = input + "\n" + (recovers ? AFTER : "");
        ConfigReader.ParsedText parsed = Fixtures.parse(text);
        List<Diagnostic> found = parsed.diagnostics().stream().sorted(Diagnostic.ORDER).toList();

        assertThat(found).isNotEmpty().allSatisfy(d -> assertThat(d.rule()).isEqualTo(ReadingRules.SYNTAX_ERROR));
        assertThat(found.get(0)).satisfies(d -> {
            assertThat(d.location().line()).as("line").isEqualTo(line);
            assertThat(d.location().column()).as("column").isEqualTo(column);
            assertThat(d.message()).contains(message);
        });
        if (recovers) {
            int firstLineAfter = (int) input.lines().count() + 1;
            assertThat(names(parsed.file().resources(), "Messages")).containsExactly("Standard");
            assertThat(found).allSatisfy(d -> assertThat(d.location().line()).isLessThan(firstLineAfter));
        }
    }

    @Test
    void tableCoversAtLeastFifteenMistakes() {
        assertThat(rows().map(a -> a.get()[4]).distinct()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void everyMistakeOfAFileIsReported() throws Exception {
        Path root = TestResources.path("syntax/several-errors");
        Site site = Fixtures.load(root);

        assertThat(Findings.where(site.diagnostics(), ReadingRules.SYNTAX_ERROR, root)).containsExactly(
                "bareos-dir.conf:4:3", "bareos-dir.conf:9:3", "bareos-dir.conf:16:3", "bareos-dir.conf:18:1",
                "bareos-dir.conf:23:17", "bareos-dir.conf:30:21");
        assertThat(Findings.reading(site.diagnostics()).get(Findings.reading(site.diagnostics()).size() - 1).message()).contains("`Pool`");
        assertThat(names(site, "Client")).containsExactly("web1-fd", "db1-fd");
        assertThat(names(site, "Storage")).containsExactly("File");
    }
}
