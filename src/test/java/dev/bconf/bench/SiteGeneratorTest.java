package dev.bconf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.bconf.Bconf;
import dev.bconf.Findings;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.bench.DirectorConfig.Dialect;
import dev.bconf.discover.DaemonKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's sites must stay valid, or the benchmark would time error recovery. */
class SiteGeneratorTest {

    /** Enough clients for the default seed to draw every FileSet, the RunScript and each connection variant. */
    private static final int CLIENTS = 40;

    @TempDir
    Path tmp;

    @Test
    void bareosSiteIsReadWithoutFindings() throws Exception {
        Path site = tmp.resolve("site");
        SiteGenerator.Summary written = SiteGenerator.write(site, CLIENTS, SiteGenerator.DEFAULT_SEED, Dialect.BAREOS);

        Site read = Bconf.load(LoadOptions.of(site));

        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.daemonCounts()).isEqualTo(Map.of(
                DaemonKind.DIRECTOR, 1, DaemonKind.FILE_DAEMON, CLIENTS, DaemonKind.STORAGE_DAEMON, 1));
        assertThat(read.fileCount()).isEqualTo(written.files());
    }

    @Test
    void baculaDirectorIsReadWithoutFindings() throws Exception {
        Path site = tmp.resolve("site");
        SiteGenerator.write(site, CLIENTS, SiteGenerator.DEFAULT_SEED, Dialect.BACULA);

        Site read = Bconf.load(LoadOptions.of(site.resolve("dir01/etc/bacula")));

        // Bacula's dialect is Bareos's, but its directives are Bacula 9.6's: only reading must be clean.
        assertThat(Findings.reading(read.diagnostics())).isEmpty();
        assertThat(read.daemonCounts()).isEqualTo(Map.of(DaemonKind.DIRECTOR, 1));
    }

    @Test
    void baculaTreeHoldsTheSameResourcesAsTheSingleFile() throws Exception {
        Path site = tmp.resolve("site");
        SiteGenerator.write(site, CLIENTS, SiteGenerator.DEFAULT_SEED, Dialect.BACULA);

        Site single = Bconf.load(LoadOptions.of(site.resolve("dir01/etc/bacula")));
        Site tree = Bconf.load(LoadOptions.of(site.resolve("dir01/etc/bacula-tree")));

        assertThat(Findings.reading(tree.diagnostics())).isEmpty();
        assertThat(names(tree)).isEqualTo(names(single)).hasSizeGreaterThan(2 * CLIENTS);
        assertThat(tree.fileCount()).isEqualTo(names(single).size() + 1);
    }

    private static List<String> names(Site site) {
        return site.configs().get(0).resources().stream().map(r -> r.type() + " " + r.name().orElse("")).toList();
    }

    @Test
    void sameSeedGivesSameFiles() throws IOException {
        SiteGenerator.write(tmp.resolve("a"), 5, 7, Dialect.BAREOS);
        SiteGenerator.write(tmp.resolve("b"), 5, 7, Dialect.BAREOS);

        List<Path> a = files(tmp.resolve("a"));
        assertThat(files(tmp.resolve("b"))).isEqualTo(a);
        for (Path relative : a) {
            assertThat(Files.readString(tmp.resolve("b").resolve(relative)))
                    .isEqualTo(Files.readString(tmp.resolve("a").resolve(relative)));
        }
    }

    @Test
    void refusesToWriteIntoAFolderInUse() throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "not ours");

        assertThatIOException()
                .isThrownBy(() -> SiteGenerator.write(tmp, 5, 7, Dialect.BAREOS))
                .withMessageContaining("not empty");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
