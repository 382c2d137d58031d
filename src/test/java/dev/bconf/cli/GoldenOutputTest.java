package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The output of {@code check} on small broken trees, compared with golden/CASE.FORMAT. Only
 * the fixture's own location (by {@code $ROOT}) and the version (by {@code $VERSION}) are
 * replaced, as they depend on the checkout. After an intended change, run the test with
 * {@code -Dbconf.golden.update=true} to rewrite the files, and review the difference.
 */
class GoldenOutputTest {

    private static final boolean UPDATE = Boolean.getBoolean("bconf.golden.update");

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "director-file, text",
        "client-tree, text",
        "site, text",
        "formats, text",
        "formats, json",
        "formats, sarif",
        "formats, github"})
    void outputMatchesTheGoldenFile(String name, String format) throws Exception {
        Path root = TestResources.path("golden/" + name);
        CliRun run = CliRun.of("check", "-f", format, root.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        String actual = normalised(run.out(), root);
        String golden = "golden/" + name + "." + format;
        if (UPDATE) {
            Files.writeString(Path.of("src/test/resources", golden), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(TestResources.path(golden), StandardCharsets.UTF_8));
    }

    private static String normalised(String output, Path root) {
        Path absolute = root.toAbsolutePath();
        Path shown = absolute.startsWith(Path.of("").toAbsolutePath())
                ? Path.of("").toAbsolutePath().relativize(absolute) : absolute;
        return output.replace(absolute.toUri().toASCIIString(), "$ROOT_URI/").replace(absolute.toString(), "$ROOT")
                .replace(shown.toString(), "$ROOT").replace(Version.current(), "$VERSION");
    }
}
