package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.lint.RuleCatalog;
import dev.bconf.model.Block;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Directive;
import dev.bconf.model.Resource;
import dev.bconf.model.Value;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No password ever comes out of bconf: not in any command's output in any format, on standard
 * error, in an {@code -o} file, nor in the {@code toString()} of what the library returns. The
 * site's passwords are markers, written plainly, in {@code [md5]} form, in an include, on lines
 * with syntax errors, in a Catalog's DbPassword, before text Bareos ignores (BC111), as words
 * Bareos joins (BC112), in a quote that is never closed, and on both sides of a mismatch.
 */
class SecretsTest {

    private static final Path SITE = TestResources.path("secrets");

    /** Each stands for one password of the site; numbers 08 and 09 stand on broken lines. */
    private static final List<String> MARKERS = List.of("SecretMarker01", "SecretMarker02", "SecretMarker03",
            "5ec7e704", "SecretMarker05", "SecretMarker06", "Marker07", "SecretMarker08", "SecretMarker09",
            "SecretMarker10", "SecretMarker11", "5ec7e712");

    private static Site site;

    @BeforeAll
    static void load() throws Exception {
        site = Bconf.load(LoadOptions.of(SITE));
    }

    @Test
    void theMarkersAreReadAsPasswords() {
        // Without this the other tests could pass on a site whose passwords were never read.
        String read = site.daemons().stream().flatMap(d -> d.resources().stream())
                .flatMap(r -> r.directives().stream()).flatMap(d -> d.tokens().stream())
                .map(t -> t.text()).collect(java.util.stream.Collectors.joining(" "));
        assertThat(read).contains("SecretMarker01", "SecretMarker02", "SecretMarker03", "5ec7e704", "SecretMarker05",
                "SecretMarker06", "Marker07", "SecretMarker11", "5ec7e712");
        assertThat(passwords().count()).isGreaterThanOrEqualTo(8);
    }

    static Stream<List<String>> analysingRuns() {
        return CliRun.everyAnalysingRun(SITE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analysingRuns")
    void noCommandShowsAPassword(List<String> args, @TempDir Path dir) throws Exception {
        CliRun toStdout = CliRun.of(args.toArray(String[]::new));
        Path file = dir.resolve("report");
        List<String> withFile = new ArrayList<>(args);
        withFile.addAll(List.of("-o", file.toString()));
        CliRun toFile = CliRun.of(withFile.toArray(String[]::new));

        assertThat(toStdout.code()).as("exit code of %s", args).isIn(0, 1);
        assertThat(toStdout.out()).as("output of %s", args).isNotBlank();
        assertNoMarker(toStdout.out() + toStdout.err() + toFile.out() + toFile.err()
                + Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void rulesShowNoPassword() {
        StringBuilder all = new StringBuilder(CliRun.of("rules").out());
        for (RuleInfo rule : RuleCatalog.all()) {
            all.append(CliRun.of("rules", rule.id()).out());
        }
        assertNoMarker(all.toString());
    }

    @Test
    void noModelObjectShowsAPassword() {
        StringBuilder all = new StringBuilder(site.toString()).append(site.topology()).append(site.network());
        site.diagnostics().forEach(all::append);
        for (DaemonConfig config : site.configs()) {
            all.append(config);
            for (Resource r : config.resources()) {
                all.append(r);
                r.directives().forEach(d -> append(all, d));
                r.defaulted().forEach(d -> append(all, d));
                r.blocks().forEach(b -> append(all, b));
                r.unknown().forEach(all::append);
            }
        }
        assertNoMarker(all.toString());
    }

    private static void append(StringBuilder all, Directive d) {
        all.append(d).append(d.value().map(Object::toString).orElse(""));
        d.problems().forEach(all::append);
    }

    private static void append(StringBuilder all, Block b) {
        all.append(b);
        b.directives().forEach(d -> append(all, d));
        b.blocks().forEach(inner -> append(all, inner));
    }

    private static Stream<Value.Password> passwords() {
        return site.configs().stream().flatMap(c -> c.resources().stream()).flatMap(r -> r.directives().stream())
                .flatMap(d -> d.value().stream()).filter(Value.Password.class::isInstance)
                .map(Value.Password.class::cast);
    }

    private static void assertNoMarker(String text) {
        for (String marker : MARKERS) {
            assertThat(text).as("shows %s", marker).doesNotContain(marker);
        }
    }
}
