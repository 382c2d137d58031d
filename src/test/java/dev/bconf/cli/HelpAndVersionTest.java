package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What {@code --help} and {@code --version} promise. */
class HelpAndVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "check --help"})
    void helpListsEveryExitCode(String args) {
        CliRun run = CliRun.of(args.split(" "));

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Exit codes:")
                .containsPattern("\\n\\s+0\\s+nothing at or above the --fail-on level")
                .containsPattern("\\n\\s+1\\s+findings at or above the --fail-on level")
                .containsPattern("\\n\\s+2\\s+usage error")
                .containsPattern("\\n\\s+3\\s+an input could not be read");
    }

    @TestFactory
    Stream<DynamicTest> everyCommandsHelpListsItsExitCodes() {
        CommandLine root = BconfCommand.commandLine(CliRun.PLAIN);
        return root.getSubcommands().keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            CliRun run = CliRun.of(name, "--help");

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Exit codes:").containsPattern("\\n\\s+0\\s+\\S")
                    .containsPattern("\\n\\s+2\\s+usage error");
        }));
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.out()).contains("check", "topology", "export", "rules", "completion");
    }

    @Test
    void theCompletionScriptCoversEveryCommand() {
        CliRun run = CliRun.of("completion", "bash");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("check", "topology", "export", "rules");
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.code()).isZero();
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(run.out().strip()).isEqualTo("bconf " + Version.current());
    }
}
