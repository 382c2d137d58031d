package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code export} of samples/single-host, compared with golden/export-single-host.json. The
 * sample's location becomes {@code $ROOT} and the tool's version {@code $VERSION}; the Bareos
 * version is pinned so that a newer catalogue does not change the document.
 */
class ExportGoldenTest {

    private static final Path SAMPLE = Path.of("samples/single-host");

    @Test
    void singleHostSampleMatchesTheGoldenFile() throws Exception {
        CliRun run = CliRun.of("export", "--bareos-version", "26", SAMPLE.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        String normalised = GoldenFiles.withoutPrefix(run.out(), SAMPLE)
                .replace("\"version\": \"" + Version.current() + "\"", "\"version\": \"$VERSION\"");
        assertThat(normalised).isEqualTo(Files.readString(TestResources.path("golden/export-single-host.json"),
                StandardCharsets.UTF_8));
    }
}
