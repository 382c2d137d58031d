package dev.bconf.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import dev.bconf.cli.CliRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code bconf topology} on every sample in every format, compared with
 * golden/topology/SAMPLE.FORMAT, with the sample's extra arguments from golden/samples/SAMPLE.args.
 */
class TopologyGoldenTest {

    private static final List<String> FORMATS = List.of("text", "json", "dot", "mermaid");
    private static final Path SAMPLES = Path.of("samples");

    @TestFactory
    Stream<DynamicTest> everySampleInEveryFormat() throws IOException {
        List<Path> samples;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            samples = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        return samples.stream().flatMap(sample -> FORMATS.stream().map(format -> DynamicTest.dynamicTest(
                sample.getFileName() + " " + format, () -> compare(sample, format))));
    }

    private static void compare(Path sample, String format) throws IOException {
        String output = CliRuns.topology(sample, format);
        Path golden = TestResources.path("golden/topology").resolve(sample.getFileName() + "." + format);
        assertThat(golden).as("golden file for %s (write it from `bin/bconf topology -f %s %s`, then review it)",
                sample, format, sample).exists();
        assertThat(output).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
