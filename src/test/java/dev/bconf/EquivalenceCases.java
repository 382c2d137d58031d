package dev.bconf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * equivalence/CASE/VARIANT: one configuration spelled in several ways that Bareos reads
 * alike, each variant to be compared with CASE/canonical by whatever reading a test makes.
 */
public final class EquivalenceCases {

    private static final Path ROOT = TestResources.path("equivalence");

    private EquivalenceCases() {
    }

    /** What a test makes of one variant, to be compared with what it makes of the canonical one. */
    public interface Reading {
        Object read(Path variant) throws Exception;
    }

    /** The case folders. */
    public static List<Path> cases() {
        return subfolders(ROOT);
    }

    /** One test per variant of every case: its reading equals the canonical variant's. */
    public static Stream<DynamicContainer> eachVariantReadsLikeTheCanonical(Reading reading) {
        return cases().stream().map(c -> DynamicContainer.dynamicContainer(c.getFileName().toString(),
                subfolders(c).stream()
                        .filter(v -> !v.getFileName().toString().equals("canonical"))
                        .map(v -> DynamicTest.dynamicTest(v.getFileName().toString(),
                                () -> assertThat(reading.read(v)).isEqualTo(reading.read(c.resolve("canonical")))))));
    }

    private static List<Path> subfolders(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
