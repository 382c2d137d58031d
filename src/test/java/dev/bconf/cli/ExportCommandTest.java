package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bconf export}: the document's head and what the options change (exit codes: ExitCodeTest). */
class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/single-host";

    @Test
    void exportedSampleExitsWithZero() throws Exception {
        CliRun run = CliRun.of("export", SAMPLE);

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(fieldNames(doc)).containsExactly("formatVersion", "tool", "secrets", "defaults", "daemons");
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(doc.get("tool").get("version").asText()).isEqualTo(Version.current());
        assertThat(doc.get("daemons")).extracting(d -> d.get("kind").asText())
                .containsExactly("director", "client", "storage");
    }

    @Test
    void checkOptionsAreUsageErrors() {
        CliRun run = CliRun.of("export", "--fail-on", "warning", SAMPLE);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--fail-on");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badHostVersionIsAUsageError() {
        assertThat(CliRun.of("export", "--host-version", "web1=abc", SAMPLE).code()).isEqualTo(2);
    }

    @Test
    void outputFileGetsTheDocumentAndStandardOutputStaysEmpty(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.json");
        CliRun run = CliRun.of("export", "--format", "json", "-o", file.toString(), SAMPLE);

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(CliRun.of("export", SAMPLE).out());
    }

    @Test
    void defaultsAreIncludedUnlessNoDefaults() throws Exception {
        JsonNode with = JSON.readTree(CliRun.of("export", SAMPLE).out());
        JsonNode without = JSON.readTree(CliRun.of("export", "--no-defaults", SAMPLE).out());

        assertThat(with.get("defaults").asBoolean()).isTrue();
        assertThat(origins(with)).contains("written", "inherited", "default");
        assertThat(without.get("defaults").asBoolean()).isFalse();
        assertThat(origins(without)).contains("written", "inherited").doesNotContain("default");
    }

    @Test
    void bareosVersionIsTheOneAsked() throws Exception {
        JsonNode doc = JSON.readTree(CliRun.of("export", "--bareos-version", "22.1", SAMPLE).out());

        assertThat(doc.get("daemons")).extracting(d -> d.get("bareosVersion").asText()).containsOnly("22.1.0");
    }

    @Test
    void helpListsTheExitCodesAndPointsToCheck() {
        CliRun run = CliRun.of("export", "--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--show-secrets", "--no-defaults", "bconf check")
                .containsPattern("\\n\\s+0\\s+exported")
                .containsPattern("\\n\\s+2\\s+usage error")
                .containsPattern("\\n\\s+3\\s+an input could not be read");
    }

    private static List<String> origins(JsonNode doc) {
        List<String> origins = new ArrayList<>();
        doc.findValues("origin").forEach(o -> origins.add(o.asText()));
        return origins;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
