package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code bconf check -} reads one configuration file from standard input. */
class StdinTest {

    private static String fixture(String resource) throws Exception {
        return Files.readString(TestResources.path(resource), StandardCharsets.UTF_8);
    }

    private static CliRun check(String stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.in(CliRun.environment(Map.of(), false, stdin), all);
    }

    @Test
    void findingsOfStandardInputAreReportedUnderTheStdinName() throws Exception {
        CliRun run = check(fixture("cli/syntax-error/bareos-dir.conf"), "--stdin-name", "etc/bareos-dir.conf", "-");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("etc/bareos-dir.conf:4:3: error: expected `=` or `{`")
                .contains(" 4 |   Maximum Concurrent Jobs 10\n").contains("in 1 file.");
    }

    @Test
    void withoutANameTheDaemonIsToldByTheContent() throws Exception {
        CliRun run = check(fixture("cli/command-warning/bareos-dir.conf"), "-f", "json", "-");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"file\" : \"stdin\"").contains("\"director\" : 1");
    }

    @Test
    void theNameTellsTheDaemon() {
        CliRun run = check("Director {\n  Name = backup-dir\n  Password = \"x\"\n}\n", "-f", "json",
                "--stdin-name", "bareos-fd.conf", "-");

        assertThat(run.out()).contains("\"client\" : 1").contains("bareos-fd.conf");
    }

    @Test
    void aFolderOfTheNameTellsTheDaemon() {
        CliRun run = check("Director {\n  Name = backup-dir\n  Password = \"x\"\n}\n", "-f", "json",
                "--stdin-name", "etc/bareos/bareos-sd.d/director/backup-dir.conf", "-");

        assertThat(run.out()).contains("\"storage\" : 1");
    }

    @Test
    void unknownDaemonIsAFinding() {
        CliRun run = check("just text\n", "-");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("[BC006 unknown-daemon]").contains("--stdin-name");
    }

    @Test
    void standardInputJoinsTheOtherPaths() throws Exception {
        String fd = "Director {\n  Name = backup-dir\n  Password = \"fd-secret\"\n}\n"
                + "Client {\n  Name = backup-fd\n}\nMessages {\n  Name = Standard\n  Director = backup-dir = all\n}\n";
        CliRun run = check(fd, "-f", "json", "--stdin-name", "bareos-fd.conf",
                TestResources.path("cli/command-warning").toString(), "-");

        assertThat(run.out()).contains("\"director\" : 1").contains("\"client\" : 1");
    }
}
