package dev.bconf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.bench.DirectorConfig.Dialect;
import dev.bconf.cli.Main;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.ResourceNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Director large enough to be typed, checked and reported on all cores (hundreds of
 * resources, a finding per client when it is checked alone) gives what a small one gives: its
 * resources in reading order, one finding per client, and a report in the report's order.
 */
class LargeDaemonTest {

    private static final int CLIENTS = 300;

    @TempDir
    static Path tmp;

    private static Path director;

    @BeforeAll
    static void writeSite() throws Exception {
        SiteGenerator.write(tmp.resolve("site"), CLIENTS, SiteGenerator.DEFAULT_SEED, Dialect.BAREOS);
        director = tmp.resolve("site/dir01/etc/bareos");
    }

    @Test
    void resourcesKeepTheOrderTheyWereRead() throws Exception {
        Site site = Bconf.load(LoadOptions.of(director));
        DaemonConfig config = site.configs().get(0);

        List<ResourceNode> read = new ArrayList<>();
        for (ConfigFile file : config.syntax().files()) {
            read.addAll(file.resources());
        }
        assertThat(config.resources()).hasSizeGreaterThan(2 * CLIENTS);
        assertThat(config.resources().stream().map(Resource::node).toList()).isEqualTo(read);
    }

    @Test
    void eachClientAndStorageWithoutItsDaemonIsReportedOnce() throws Exception {
        Site site = Bconf.load(LoadOptions.of(director));
        DaemonConfig config = site.configs().get(0);

        long peers = config.resources("Client").size() + config.resources("Storage").size();
        assertThat(peers).isGreaterThan(CLIENTS);
        assertThat(site.diagnostics().stream().filter(d -> d.rule().id().equals("BC215")).count()).isEqualTo(peers);
    }

    @Test
    void theTextReportListsFindingsInTheOrderOfTheJsonReport() throws Exception {
        String text = run("check", "--fail-on", "never", director.toString());
        JsonNode json = new ObjectMapper().readTree(run("check", "--fail-on", "never", "-f", "json",
                director.toString()));

        List<String> fromJson = new ArrayList<>();
        for (JsonNode d : json.get("diagnostics")) {
            JsonNode at = d.get("location");
            fromJson.add(at.get("file").asText() + ":" + at.get("line").asInt() + ":" + at.get("column").asInt()
                    + " " + d.get("rule").asText());
        }
        List<String> fromText = new ArrayList<>();
        Matcher finding = Pattern.compile("(?m)^(\\S+:\\d+:\\d+): \\w+: .* \\[(BC\\d+) [^\\]]+\\]$").matcher(text);
        while (finding.find()) {
            fromText.add(finding.group(1) + " " + finding.group(2));
        }
        assertThat(fromJson).hasSizeGreaterThanOrEqualTo(CLIENTS);
        assertThat(fromText).isEqualTo(fromJson);
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            assertThat(Main.run(o, e, args)).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
