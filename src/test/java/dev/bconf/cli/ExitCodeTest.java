package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exit codes of CONTRACTS.md, which CI pipelines act on. */
class ExitCodeTest {

    private static final String SYNTAX_ERROR = fixture("cli/syntax-error");
    private static final String ONLY_WARNING = fixture("cli/command-warning");

    @Test
    void cleanSampleExitsWithZero() {
        CliRun run = CliRun.of("check", "samples/single-host");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("0 errors, 0 warnings");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void syntaxErrorIsAFinding() {
        CliRun run = CliRun.of("check", SYNTAX_ERROR);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("[BC001 syntax-error]");
    }

    @Test
    void failOnNeverAlwaysExitsWithZero() {
        assertThat(CliRun.of("check", "--fail-on", "never", SYNTAX_ERROR).code()).isZero();
    }

    @Test
    void warningFailsOnlyWhenFailOnIsWarning() {
        assertThat(CliRun.of("check", ONLY_WARNING).code()).isZero();
        assertThat(CliRun.of("check", "--fail-on", "warning", ONLY_WARNING).code()).isEqualTo(1);
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("check", "--colour", "always", "samples/single-host");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--colour");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "export"})
    void badFormatIsAUsageError(String command) {
        CliRun run = CliRun.of(command, "-f", "xml", "samples/single-host");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("xml");
    }

    @Test
    void badFailOnLevelIsAUsageError() {
        assertThat(CliRun.of("check", "--fail-on", "fatal", "samples/single-host").code()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "export"})
    void missingPathIsAnInputError(String command) {
        CliRun run = CliRun.of(command, "samples/no-such-host");

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("samples/no-such-host");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("a command is required");
    }

    @Test
    void aMisspeltCommandIsAUsageErrorThatNamesTheCommands() {
        CliRun run = CliRun.of("chek", "samples/single-host");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("chek").contains("check").contains("topology").contains("completion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "export"})
    void unwritableOutputIsAnInputError(String command, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun run = CliRun.of(command, "-o", dir.resolve("missing/report.txt").toString(), "samples/single-host");

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("cannot write");
    }

    @Test
    void exportIgnoresFindings() {
        CliRun run = CliRun.of("export", SYNTAX_ERROR);

        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("BC001");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknownRuleIsAUsageError() {
        assertThat(CliRun.of("rules", "BC999").code()).isEqualTo(2);
        assertThat(CliRun.of("check", "--disable", "heartbeat", "samples/single-host").code()).isEqualTo(2);
    }

    @Test
    void aGuessedDaemonKindIsSaidOnStandardError() {
        CliRun run = CliRun.of("check", fixture("layouts/guessed/tape-drives.cfg"));

        assertThat(run.err()).contains("tape-drives.cfg is read as a bareos-sd configuration because it defines "
                + "a device resource");
    }

    private static String fixture(String resource) {
        return TestResources.path(resource).toString();
    }
}
