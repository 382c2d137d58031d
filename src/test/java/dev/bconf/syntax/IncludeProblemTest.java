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

    @Test
    @Timeout(10)
    void fileIncludingItselfIsACycle() throws Exception {
        Path root = TestResources.path("includes/cycle-self");
        Site site = load(root);

        assertThat(Findings.where(site.diagnostics(), ReadingRules.INCLUDE_CYCLE, root))
                .containsExactly("bareos-dir.conf:5:1");
        assertThat(names(site, "Director")).containsExactly("backup-dir");
    }

    @Test
    @Timeout(10)
    void indirectCycleIsReportedWhereItCloses() throws Exception {
        Path root = TestResources.path("includes/cycle-indirect");
        Site site = load(root);

        List<Diagnostic> cycles = Findings.of(site.diagnostics(), ReadingRules.INCLUDE_CYCLE);
        assertThat(cycles).extracting(d -> Findings.where(d, root)).containsExactly("jobdefs.conf:5:1");
        assertThat(cycles.get(0).message()).contains("jobs.conf", "jobdefs.conf");
        assertThat(names(site, "Job")).containsExactly("backup-web1");
        assertThat(names(site, "JobDefs")).containsExactly("DefaultJob");
    }

    @Test
    @Timeout(10)
    void globMatchingItsOwnFileIsACycleAndTheOtherMatchesAreRead() throws Exception {
        Path root = TestResources.path("includes/cycle-glob");
        Site site = load(root);

        assertThat(Findings.where(site.diagnostics(), ReadingRules.INCLUDE_CYCLE, root))
                .containsExactly("bareos-dir.conf:6:1");
        assertThat(names(site, "Pool")).containsExactly("Full");
        assertThat(names(site, "Storage")).containsExactly("File");
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
