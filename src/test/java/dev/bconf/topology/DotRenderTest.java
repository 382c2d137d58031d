package dev.bconf.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.cli.CliRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The DOT drawing of every sample renders with Graphviz ({@code dot -Tsvg}) without errors or
 * warnings. Skipped, saying so, where Graphviz is not installed.
 */
class DotRenderTest {

    @TestFactory
    Stream<DynamicTest> everySampleRenders() throws IOException {
        Assumptions.assumeTrue(graphvizInstalled(), "Graphviz `dot` is not installed: DOT rendering not checked");
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(Files::isDirectory).sorted().toList();
        }
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            Process dot = new ProcessBuilder("dot", "-Tsvg").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            dot.getOutputStream().write(CliRuns.topology(sample, "dot").getBytes(StandardCharsets.UTF_8));
            dot.getOutputStream().close();
            String errors = new String(dot.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(dot.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(dot.exitValue()).as(errors).isZero();
            assertThat(errors).isEmpty();
        }));
    }

    private static boolean graphvizInstalled() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
