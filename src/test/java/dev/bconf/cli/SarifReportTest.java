package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.TestResources;
import dev.bconf.lint.RulePolicy;
import dev.bconf.report.CheckReport;
import dev.bconf.report.PathDisplay;
import dev.bconf.report.SarifWriter;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code check --format sarif}: valid SARIF 2.1.0 that code scanning can track across changes. */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"golden/formats", "golden/site", "golden/client-tree", "cli/sorted", "cli/syntax-error"})
    void outputIsValidAgainstTheSchema(String fixture) {
        CliRun run = CliRun.of("check", "-f", "sarif", TestResources.path(fixture).toString());

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(schema.validate(run.out(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void ruleLinksAreAbsoluteWhenThePublishedLocationIsKnown() throws Exception {
        Site site = Bconf.load(LoadOptions.of(TestResources.path("golden/formats")));
        CheckReport report = new CheckReport(site.findings(RulePolicy.defaults()), site.fileCount(),
                site.daemonCounts());
        StringWriter out = new StringWriter();
        new SarifWriter(new PathDisplay(Path.of("").toAbsolutePath()), "1.0.0",
                Optional.of(URI.create("https://example.org/bconf/blob/main/"))).write(report, out);

        assertThat(schema.validate(out.toString(), InputFormat.JSON)).isEmpty();
        JsonNode rule = JSON.readTree(out.toString()).at("/runs/0/tool/driver/rules/0");
        assertThat(rule.get("helpUri").asText()).isEqualTo("https://example.org/bconf/blob/main/docs/rules/BC001.md");
    }

    @Test
    void resultsCarryRuleLevelLocationAndRelatedLocations() throws Exception {
        JsonNode run = sarif(TestResources.path("golden/formats")).at("/runs/0");

        JsonNode mismatch = results(run).stream().filter(r -> r.get("ruleId").asText().equals("BC210"))
                .findFirst().orElseThrow();
        assertThat(mismatch.get("level").asText()).isEqualTo("error");
        assertThat(mismatch.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("dir01/etc/bareos/bareos-dir.conf");
        assertThat(mismatch.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(20);
        assertThat(mismatch.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("web1/etc/bareos/bareos-fd.conf");
        JsonNode rule = run.at("/tool/driver/rules/" + mismatch.get("ruleIndex").asInt());
        assertThat(rule.get("id").asText()).isEqualTo("BC210");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
    }

    @Test
    void fingerprintsSurviveLinesMoving(@TempDir Path dir) throws Exception {
        JsonNode original = sarif(copy(TestResources.path("golden/formats"), dir.resolve("before"), ""));
        JsonNode moved = sarif(copy(TestResources.path("golden/formats"), dir.resolve("after"), "\n\n# moved\n"));

        assertThat(fingerprints(original)).doesNotHaveDuplicates().hasSize(6);
        assertThat(fingerprints(moved)).isEqualTo(fingerprints(original));
        assertThat(moved.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(original.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt() + 3);
    }

    private static JsonNode sarif(Path root) throws Exception {
        return JSON.readTree(CliRun.in(CliRun.environment(java.util.Map.of(), root, false, ""),
                "check", "-f", "sarif", root.toString()).out());
    }

    private static List<JsonNode> results(JsonNode run) {
        List<JsonNode> all = new ArrayList<>();
        run.get("results").forEach(all::add);
        return all;
    }

    private static List<String> fingerprints(JsonNode sarif) {
        return results(sarif.at("/runs/0")).stream().map(r -> r.at("/partialFingerprints/bconf~1v1").asText()).toList();
    }

    /** A copy of a fixture tree with {@code prefix} put before the text of every file. */
    private static Path copy(Path from, Path to, String prefix) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, prefix + Files.readString(p, StandardCharsets.UTF_8),
                            StandardCharsets.UTF_8);
                }
            }
        }
        return to;
    }
}
