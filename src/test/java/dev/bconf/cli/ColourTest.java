package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --color auto|always|never} and NO_COLOR for the text format. */
class ColourTest {

    private static final String ESCAPE = "\u001b[";
    private static final String FIXTURE = TestResources.path("golden/formats").toString();
    private static final Environment TERMINAL = CliRun.environment(Map.of(), true, "");
    private static final Environment TERMINAL_NO_COLOR = CliRun.environment(Map.of("NO_COLOR", "1"), true, "");

    @Test
    void autoColoursATerminal() {
        String out = CliRun.in(TERMINAL, "check", FIXTURE).out();

        assertThat(out).contains(ESCAPE + "1;31merror:" + ESCAPE + "0m").contains(ESCAPE + "1;32m^~~~");
    }

    @Test
    void autoDoesNotColourAPipe() {
        assertThat(CliRun.of("check", FIXTURE).out()).doesNotContain(ESCAPE);
    }

    @Test
    void autoRespectsNoColor() {
        assertThat(CliRun.in(TERMINAL_NO_COLOR, "check", FIXTURE).out()).doesNotContain(ESCAPE);
    }

    @Test
    void emptyNoColorDoesNotCount() {
        Environment empty = CliRun.environment(Map.of("NO_COLOR", ""), true, "");

        assertThat(CliRun.in(empty, "check", FIXTURE).out()).contains(ESCAPE);
    }

    @Test
    void autoDoesNotColourAFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.txt");
        CliRun.in(TERMINAL, "check", "-o", report.toString(), FIXTURE);

        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("error:").doesNotContain(ESCAPE);
    }

    @Test
    void alwaysColoursEvenUnderNoColor() {
        assertThat(CliRun.in(TERMINAL_NO_COLOR, "check", "--color", "always", FIXTURE).out()).contains(ESCAPE);
        assertThat(CliRun.of("check", "--color=always", FIXTURE).out()).contains(ESCAPE);
    }

    @Test
    void neverColours() {
        assertThat(CliRun.in(TERMINAL, "check", "--color", "never", FIXTURE).out()).doesNotContain(ESCAPE);
    }

    @Test
    void machineFormatsAreNeverColoured() {
        for (String format : new String[] {"json", "sarif", "github"}) {
            assertThat(CliRun.in(TERMINAL, "check", "--color", "always", "-f", format, FIXTURE).out())
                    .as(format).doesNotContain(ESCAPE);
        }
    }

    @Test
    void badColourIsAUsageError() {
        assertThat(CliRun.of("check", "--color", "sometimes", FIXTURE).code()).isEqualTo(2);
    }
}
