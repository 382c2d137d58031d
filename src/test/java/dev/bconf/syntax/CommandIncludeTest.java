package dev.bconf.syntax;

import static dev.bconf.syntax.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Findings;
import dev.bconf.Site;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @|command} includes and {@code |command} file lists: reported (BC004), never run. */
class CommandIncludeTest {

    @Test
    void commandIncludesAreReportedAndNeverRun(@TempDir Path root) throws Exception {
        Path script = root.resolve("make-marker.sh");
        Files.writeString(script, "#!/bin/sh\ntouch '" + root.resolve("marker-unquoted") + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        String quoted = "sh -c 'touch " + root.resolve("marker-quoted") + "'";
        Files.writeString(root.resolve("bareos-dir.conf"), "Director {\n  Name = backup-dir\n"
                + "  @|" + script + "\n"
                + "  @|\"" + quoted + "\"\n"
                + "}\n");

        Site site = load(root);

        assertThat(Findings.where(site.diagnostics(), ReadingRules.INCLUDE_COMMAND_SKIPPED, root))
                .containsExactly("bareos-dir.conf:3:3", "bareos-dir.conf:4:3");
        assertThat(Fixtures.resources(site).get(0).body()).filteredOn(CommandInclude.class::isInstance)
                .extracting(s -> ((CommandInclude) s).command())
                .containsExactly("|" + script, "|" + quoted);
        assertThat(root.resolve("marker-unquoted")).doesNotExist();
        assertThat(root.resolve("marker-quoted")).doesNotExist();
        // The markers are a real witness: run here, the same commands leave them.
        run(script.toString());
        run("sh", "-c", "touch " + root.resolve("marker-quoted"));
        assertThat(root.resolve("marker-unquoted")).exists();
        assertThat(root.resolve("marker-quoted")).exists();
    }

    @Test
    void fileListsFromCommandsAreReportedForDirectorAndClient() throws Exception {
        Path root = TestResources.path("includes/commands");
        List<Diagnostic> skipped = Findings.of(load(root).diagnostics(), ReadingRules.INCLUDE_COMMAND_SKIPPED);

        assertThat(skipped).extracting(d -> Findings.where(d, root))
                .containsExactly("bareos-dir.conf:11:12", "bareos-dir.conf:12:12");
        assertThat(skipped).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        assertThat(skipped.get(0).message()).contains("list-db-dumps --director", "on the Director");
        assertThat(skipped.get(1).message()).contains("list-db-dumps --client", "on the client");
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }
}
