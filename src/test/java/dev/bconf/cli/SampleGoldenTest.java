package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code bconf check} on every folder of {@code samples/}, compared with
 * {@code golden/samples/<sample>.txt}. A {@code <sample>.args} beside it holds the options the
 * sample's README tells users to add (such as {@code --host-version}). The samples are what
 * users read first, so the test also holds them to what the README promises: a sample without
 * {@code -broken} in its name gives no finding, a broken one gives only network findings (its
 * configs are otherwise valid), and the README shows the command that was run.
 */
class SampleGoldenTest {

    // The tests run in the project folder, where samples/ lives.
    private static final Path SAMPLES = Path.of("samples");

    @TestFactory
    Stream<DynamicTest> outputMatchesTheGoldenFile() {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            String name = sample.getFileName().toString();
            List<String> args = args(name);
            List<String> command = new ArrayList<>(List.of("check", sample.toString()));
            command.addAll(args);
            CliRun run = CliRun.of(command.toArray(String[]::new));

            assertThat(run.err()).isEmpty();
            assertThat(GoldenFiles.withoutPrefix(run.out(), sample))
                    .isEqualTo(read(TestResources.path("golden/samples/" + name + ".txt")));
            if (name.endsWith("-broken")) {
                assertThat(run.out()).as("findings of a broken sample")
                        .doesNotStartWith("0 errors, 0 warnings, 0 infos").doesNotContainPattern("\\[BC[01]\\d\\d ");
            } else {
                assertThat(run.code()).isZero();
                assertThat(run.out()).startsWith("0 errors, 0 warnings, 0 infos");
            }
            assertThat(read(sample.resolve("README.md")))
                    .contains(String.join(" ", "bconf check", "samples/" + name, String.join(" ", args)).strip());
        }));
    }

    /** The rule pages quote the samples' output; a changed sample must not leave them stale. */
    @TestFactory
    Stream<DynamicTest> ruleDocsQuoteTheSamplesAsTheyAre() {
        Pattern quoted = Pattern.compile("^\\s*samples/([^/]+)/(.+)$");
        return files(Path.of("docs", "rules")).stream().map(page -> DynamicTest.dynamicTest(
                page.getFileName().toString(), () -> {
                    for (String line : read(page).lines().toList()) {
                        Matcher m = quoted.matcher(line);
                        if (m.matches()) {
                            assertThat(read(TestResources.path("golden/samples/" + m.group(1) + ".txt")))
                                    .as("%s quotes %s", page.getFileName(), m.group(1))
                                    .contains(line.replace("samples/" + m.group(1), "$ROOT"));
                        }
                    }
                }));
    }

    private static List<String> args(String sample) {
        Path file = TestResources.path("golden/samples").resolve(sample + ".args");
        return Files.isRegularFile(file) ? List.of(read(file).strip().split("\\s+")) : List.of();
    }

    private static List<Path> samples() {
        return files(SAMPLES).stream().filter(Files::isDirectory).toList();
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
