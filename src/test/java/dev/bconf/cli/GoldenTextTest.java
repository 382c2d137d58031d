package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text output of {@code check} on small broken trees, compared with golden/CASE.txt. Only
 * the fixture's own location is replaced (by {@code $ROOT}), as it depends on the checkout.
 */
class GoldenTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"director-file", "client-tree", "site"})
    void outputMatchesTheGoldenFile(String name) throws Exception {
        Path root = TestResources.path("golden/" + name);
        CliRun run = CliRun.of("check", root.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(withoutPrefix(run.out(), root))
                .isEqualTo(Files.readString(TestResources.path("golden/" + name + ".txt"), StandardCharsets.UTF_8));
    }

    static String withoutPrefix(String output, Path root) {
        Path absolute = root.toAbsolutePath();
        Path shown = absolute.startsWith(Path.of("").toAbsolutePath())
                ? Path.of("").toAbsolutePath().relativize(absolute) : absolute;
        return output.replace(absolute.toString(), "$ROOT").replace(shown.toString(), "$ROOT");
    }
}
