package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bconf completion SHELL} prints a script that completes the commands and their options. */
class CompletionTest {

    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh"})
    void scriptCompletesCommandsAndOptions(String shell) {
        CliRun run = CliRun.of("completion", shell);

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("complete -F").contains("check").contains("topology").contains("--fail-on")
                .contains("--format");
    }

    @Test
    void zshGetsBashCompletionSupportLoaded() {
        assertThat(CliRun.of("completion", "zsh").out()).contains("bashcompinit");
    }

    @Test
    void otherShellsAreAUsageError() {
        CliRun run = CliRun.of("completion", "fish");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("fish");
    }
}
