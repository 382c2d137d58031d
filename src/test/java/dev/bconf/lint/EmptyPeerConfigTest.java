package dev.bconf.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Bconf;
import dev.bconf.Findings;
import dev.bconf.LoadOptions;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.lint.rules.MissingResource;
import dev.bconf.lint.rules.NameMismatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A File or Storage Daemon configuration that holds no resource yet (a file of comments) is
 * still paired with the Director's Client and Storage by its host folder; the cross-daemon
 * rules must report it, not fail on it.
 */
class EmptyPeerConfigTest {

    @Test
    void emptyDaemonConfigsAreReportedOnceAndDoNotStopTheCheck(@TempDir Path site) throws Exception {
        Path director = TestResources.path("rules/BC215/passes/every-daemon-given/dir01/bareos-dir.conf");
        Files.createDirectories(site.resolve("dir01"));
        Files.copy(director, site.resolve("dir01/bareos-dir.conf"));
        for (String file : List.of("web1/bareos-fd.conf", "sd01/bareos-sd.conf")) {
            Files.createDirectories(site.resolve(file).getParent());
            Files.writeString(site.resolve(file), "# to be written\n");
        }

        List<Diagnostic> found = Bconf.load(LoadOptions.of(site)).diagnostics();

        assertThat(Findings.of(found, NameMismatch.INFO)).isEmpty();
        assertThat(Findings.of(found, MissingResource.INFO)).extracting(d -> Findings.relative(d.location().file(), site))
                .containsOnly("web1/bareos-fd.conf", "sd01/bareos-sd.conf");
    }
}
