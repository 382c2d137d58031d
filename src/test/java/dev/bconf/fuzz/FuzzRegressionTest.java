package dev.bconf.fuzz;

import dev.bconf.TestResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input that ever broke the fuzz properties, kept as it was found (one folder each under
 * {@code fuzz-regressions/}, named for what it broke) and held to the same properties.
 */
class FuzzRegressionTest {

    static Stream<String> regressions() throws IOException {
        try (Stream<Path> dirs = Files.list(TestResources.path("fuzz-regressions"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void stillGivesLocatedFindings(String name) {
        Pipeline.check(ConfigTree.readFrom(TestResources.path("fuzz-regressions/" + name)));
    }
}
