package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bconf.EquivalenceCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The equivalence folders (one config spelled in several ways Bareos reads alike) export
 * alike, once what depends on the spelling is left out: where things are written and which
 * alias was written.
 */
class ExportEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicContainer> everyVariantExportsLikeTheCanonicalSpelling() {
        return EquivalenceCases.eachVariantReadsLikeTheCanonical(ExportEquivalenceTest::exported);
    }

    private static JsonNode exported(Path variant) throws IOException {
        CliRun run = CliRun.of("export", variant.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("daemons").get(0).get("resources")).as("resources of %s", variant).isNotEmpty();
        return withoutSpelling(doc);
    }

    private static JsonNode withoutSpelling(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("file", "line", "column", "written"));
            if (object.has("kind")) {
                // A daemon: where it was found and which files it was read from.
                object.remove(List.of("origin", "files"));
            }
        }
        node.forEach(ExportEquivalenceTest::withoutSpelling);
        return node;
    }
}
