package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No password reaches any output: the fixture's passwords all contain MARKER, in a quoted and
 * an unquoted value, a one-line resource, an included file, a line too broken to be a
 * directive (whose syntax errors quote it) and on both sides of a password mismatch.
 */
class SecretMaskingTest {

    private static final Path FIXTURE = TestResources.path("golden/formats");

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github"})
    void noFormatShowsAPassword(String format) {
        CliRun run = CliRun.in(CliRun.environment(Map.of(), true, ""), "check", "--color", "always",
                "-f", format, FIXTURE.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("after `Password`").doesNotContain("MARKER");
        assertThat(run.err()).doesNotContain("MARKER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void standardInputIsMaskedToo(String format) throws Exception {
        String text = Files.readString(FIXTURE.resolve("dir01/etc/bareos/bareos-dir.conf"), StandardCharsets.UTF_8);
        CliRun run = CliRun.in(CliRun.environment(Map.of(), false, text), "check", "-f", format, "-");

        assertThat(run.out()).contains("after `Password`").doesNotContain("MARKER");
    }

    @org.junit.jupiter.api.Test
    void sourceLinesShowTheDirectiveWithItsValueMasked() {
        String out = CliRun.of("check", FIXTURE.toString()).out();

        assertThat(out).contains("|   Password = <redacted>\n").contains("|   Password <redacted>\n");
    }
}
