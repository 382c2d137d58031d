package dev.bconf.syntax;

import static dev.bconf.syntax.Fixtures.load;
import static dev.bconf.syntax.Fixtures.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Findings;
import dev.bconf.Site;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Includes Bareos cannot read: missing files and folders (BC002), cycles and runaway nesting (BC003). */
class IncludeProblemTest {

    private static final Path MISSING = TestResources.path("includes/missing");

    @Test
    void missingFileIsReportedAtTheInclude() throws Exception {
        Site site = load(MISSING);

        List<Diagnostic> notFound = Findings.of(site.diagnostics(), ReadingRules.INCLUDE_NOT_FOUND);
        assertThat(notFound).extracting(d -> Findings.where(d, MISSING))
                .containsExactly("bareos-dir.conf:4:5", "bareos-dir.conf:6:1");
        assertThat(notFound.get(0).message()).contains("clients/absent.conf", "does not exist");
    }

    @Test
    void includeOfAFolderSaysItIsAFolder() throws Exception {
        Diagnostic folder = Findings.of(load(MISSING).diagnostics(), ReadingRules.INCLUDE_NOT_FOUND).get(1);

        assertThat(folder.message()).contains("clients", "folder", "@clients/*.conf");
    }

    @Test
    void readingGoesOnAfterAMissingInclude() throws Exception {
        Site site = load(MISSING);

        assertThat(names(site, "Client")).containsExactly("web1-fd");
        assertThat(Findings.of(site.diagnostics(), ReadingRules.SYNTAX_ERROR)).isEmpty();
    }

    @ParameterizedTest
    @Timeout(10)
    @CsvSource({
        "cycle-self,     bareos-dir.conf:5:1, Director",
        "cycle-indirect, jobdefs.conf:5:1,    Director Job JobDefs",
        "cycle-glob,     bareos-dir.conf:6:1, Director Storage Pool"})
    void cycleIsReportedWhereItClosesAndEveryFileIsReadOnce(String fixture, String where, String types)
            throws Exception {
        // cycle-glob: @*.conf in bareos-dir.conf matches bareos-dir.conf itself besides the files meant.
        Path root = TestResources.path("includes/" + fixture);
        Site site = load(root);

        assertThat(Findings.where(site.diagnostics(), ReadingRules.INCLUDE_CYCLE, root)).containsExactly(where);
        assertThat(Fixtures.resources(site)).extracting(r -> r.type().name())
                .containsExactly(types.split(" "));
    }

    @Test
    void cycleMessageNamesTheFilesOfTheChain() throws Exception {
        Diagnostic cycle = Findings.of(load("includes/cycle-indirect").diagnostics(), ReadingRules.INCLUDE_CYCLE)
                .get(0);

        assertThat(cycle.message()).contains("bareos-dir.conf -> ", "jobs.conf -> ", "jobdefs.conf");
    }

    @Test
    @Timeout(10)
    void nestingStopsAtTheDepthLimit(@TempDir Path root) throws Exception {
        int chain = 100;
        writeChain(root, chain);
        Site site = load(root);

        List<Diagnostic> tooDeep = Findings.of(site.diagnostics(), ReadingRules.INCLUDE_CYCLE);
        assertThat(tooDeep).singleElement().satisfies(d -> assertThat(d.message()).contains("deep"));
        int deepestRead = level(tooDeep.get(0).location().file());
        assertThat(deepestRead).isBetween(8, chain - 1);
        // Each level's pool comes before its include, so exactly the levels read so far are there.
        assertThat(names(site, "Pool"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, deepestRead).mapToObj(i -> "pool" + i).toList());
    }

    /** bareos-dir.conf includes level1.conf, which includes level2.conf, and so on. */
    private static void writeChain(Path root, int levels) throws IOException {
        Files.writeString(root.resolve("bareos-dir.conf"), "Director {\n  Name = d\n}\n@level1.conf\n");
        for (int i = 1; i <= levels; i++) {
            Files.writeString(root.resolve("level" + i + ".conf"),
                    "Pool {\n  Name = pool" + i + "\n}\n@level" + (i + 1) + ".conf\n");
        }
    }

    private static int level(Path file) {
        return Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
    }
}
