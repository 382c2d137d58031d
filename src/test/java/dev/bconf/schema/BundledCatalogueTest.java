package dev.bconf.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The committed catalogue is what the generator makes of Bareos's published catalogues in
 * {@code ../shared/reference} (system property {@code bconf.shared}).
 */
@Tag("conformance")
class BundledCatalogueTest {

    private static final Path BUNDLED = Path.of("src/main/resources/dev/bconf/schema");

    @Test
    void committedFilesAreUpToDate() throws IOException {
        Path schemas = Path.of(System.getProperty("bconf.shared", "../shared"), "reference", "bareos-schema");

        Map<String, String> generated = CatalogueGenerator.generate(schemas);

        List<String> committed;
        try (Stream<Path> files = Files.list(BUNDLED)) {
            committed = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(committed).as("files in %s", BUNDLED).containsExactlyElementsOf(generated.keySet());
        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertThat(Files.readString(BUNDLED.resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as("%s is stale: run mvn -q test-compile exec:java@catalogue", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void generationIsDeterministic() throws IOException {
        Path schemas = Path.of(System.getProperty("bconf.shared", "../shared"), "reference", "bareos-schema");

        assertThat(CatalogueGenerator.generate(schemas)).isEqualTo(CatalogueGenerator.generate(schemas));
    }
}
