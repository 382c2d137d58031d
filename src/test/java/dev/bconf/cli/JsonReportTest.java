package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bconf.TestResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format json}: the diagnostics document of CONTRACTS.md, formatVersion 1. */
class JsonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();
    private static final Path SORTED = TestResources.path("cli/sorted");
    private static final String SYNTAX_ERROR = TestResources.path("cli/syntax-error").toString();

    @Test
    void documentHasTheContractsFields() throws Exception {
        JsonNode doc = check("check", "-f", "json", SYNTAX_ERROR);

        assertThat(doc.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(doc.get("tool").get("name").asText()).isEqualTo("bconf");
        assertThat(doc.get("tool").get("version").asText()).isEqualTo(Version.current());
        JsonNode d = doc.get("diagnostics").get(0);
        assertThat(fieldNames(d)).containsExactly("rule", "name", "severity", "message", "location", "related");
        assertThat(d.get("rule").asText()).isEqualTo("BC001");
        assertThat(d.get("name").asText()).isEqualTo("syntax-error");
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("message").asText()).isNotBlank();
        assertThat(fieldNames(d.get("location"))).containsExactly("file", "line", "column", "endLine", "endColumn");
        assertThat(d.get("location").get("line").asInt()).isEqualTo(4);
        assertThat(d.get("location").get("column").asInt()).isEqualTo(3);
        assertThat(d.get("related").isArray()).isTrue();
    }

    @Test
    void summaryCountsSeveritiesFilesAndDaemons() throws Exception {
        JsonNode summary = check("check", "-f", "json", "samples/single-host").get("summary");

        assertThat(fieldNames(summary)).containsExactly("errors", "warnings", "infos", "files", "daemons");
        assertThat(summary.get("errors").asInt()).isZero();
        assertThat(summary.get("files").asInt()).isEqualTo(21);
        assertThat(summary.get("daemons").toString()).isEqualTo("{\"director\":1,\"client\":1,\"storage\":1}");
    }

    @Test
    void filesBelowTheWorkingDirectoryAreRelative() throws Exception {
        JsonNode doc = check("check", "-f", "json", SYNTAX_ERROR);

        String file = doc.get("diagnostics").get(0).get("location").get("file").asText();
        assertThat(Path.of(file).isAbsolute()).isFalse();
        assertThat(WORKING_DIRECTORY.resolve(file))
                .isEqualTo(TestResources.path("cli/syntax-error/bareos-dir.conf"));
    }

    @Test
    void filesElsewhereAreAbsolute(@TempDir Path elsewhere) throws Exception {
        Files.copy(TestResources.path("cli/syntax-error/bareos-dir.conf"), elsewhere.resolve("bareos-dir.conf"));
        JsonNode doc = check("check", "-f", "json", elsewhere.toString());

        assertThat(doc.get("diagnostics").get(0).get("location").get("file").asText())
                .isEqualTo(elsewhere.resolve("bareos-dir.conf").toAbsolutePath().toString());
    }

    @Test
    void diagnosticsAreSortedByFileLineColumnAndRule() throws Exception {
        // Given as a relative path, while included files are found below the absolute config root.
        String relative = WORKING_DIRECTORY.relativize(SORTED).toString();
        List<JsonNode> diagnostics = elements(check("check", "-f", "json", relative).get("diagnostics"));

        assertThat(diagnostics.stream().map(d -> d.get("location").get("file").asText()).distinct())
                .containsExactly(relative + "/a-clients.conf", relative + "/bareos-dir.conf",
                        relative + "/z-pools.conf");
        Comparator<JsonNode> contractOrder = Comparator
                .comparing((JsonNode d) -> d.get("location").get("file").asText())
                .thenComparingInt(d -> d.get("location").get("line").asInt())
                .thenComparingInt(d -> d.get("location").get("column").asInt())
                .thenComparing(d -> d.get("rule").asText());
        assertThat(diagnostics).isSortedAccordingTo(contractOrder);
    }

    @Test
    void outputFileGetsTheReportAndStandardOutputStaysEmpty(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("check", "-f", "json", "-o", report.toString(), SYNTAX_ERROR);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(Files.readString(report, StandardCharsets.UTF_8)).get("summary").get("errors").asInt())
                .isEqualTo(1);
    }

    private static JsonNode check(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        return JSON.readTree(run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
