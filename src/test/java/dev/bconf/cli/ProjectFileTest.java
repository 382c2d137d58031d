package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.TestResources;
import dev.bconf.diagnostic.Severity;
import dev.bconf.schema.BareosVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code .bconf.yaml}: found from the working directory upwards, overridden by the command line. */
class ProjectFileTest {

    private static final String SYNTAX_ERROR = TestResources.path("cli/syntax-error").toString();
    private static final String ONLY_WARNING = TestResources.path("cli/command-warning").toString();

    @TempDir
    Path project;

    private CliRun runIn(Path workingDirectory, String... args) {
        return CliRun.in(CliRun.environment(Map.of(), workingDirectory, false, ""), args);
    }

    private void write(String yaml) throws Exception {
        Files.writeString(project.resolve(".bconf.yaml"), yaml, StandardCharsets.UTF_8);
    }

    @Test
    void fileIsFoundInAFolderAboveTheWorkingDirectory() throws Exception {
        write("rules:\n  disable: [BC001]\n");
        Path below = Files.createDirectories(project.resolve("hosts/dir01"));

        CliRun run = runIn(below, "check", SYNTAX_ERROR);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("BC001");
    }

    @Test
    void commandLineEnableOverridesTheFilesDisable() throws Exception {
        write("rules:\n  disable: [BC001]\n");

        CliRun run = runIn(project, "check", "--enable", "bc001", SYNTAX_ERROR);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("[BC001 syntax-error]");
    }

    @Test
    void commandLineDisableOverridesTheFilesEnable() throws Exception {
        write("rules:\n  enable: [BC001]\n");

        assertThat(runIn(project, "check", "--disable", "BC001", SYNTAX_ERROR).code()).isZero();
    }

    @Test
    void failOnComesFromTheFileUnlessGiven() throws Exception {
        write("fail-on: warning\n");

        assertThat(runIn(project, "check", ONLY_WARNING).code()).isEqualTo(1);
        assertThat(runIn(project, "check", "--fail-on", "error", ONLY_WARNING).code()).isZero();
    }

    @Test
    void severitiesMergeWithTheCommandLineWinning() throws Exception {
        write("rules:\n  severity:\n    BC001: warning\n    BC004: error\n");

        CliRun fromFile = runIn(project, "check", SYNTAX_ERROR);
        CliRun overridden = runIn(project, "check", "--severity", "BC004=info", ONLY_WARNING);

        assertThat(fromFile.code()).isZero();
        assertThat(fromFile.out()).contains("warning: expected `=`");
        assertThat(overridden.code()).isZero();
        assertThat(overridden.out()).contains("info: This File list");
    }

    @Test
    void configOptionNamesTheFile() throws Exception {
        write("rules:\n  disable: [BC001]\n");
        Path other = Files.writeString(project.resolve("strict.yaml"), "fail-on: info\n", StandardCharsets.UTF_8);

        CliRun run = runIn(project, "check", "--config", other.toString(), SYNTAX_ERROR);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("[BC001 syntax-error]");
    }

    @Test
    void sysrootIsRelativeToTheFilesFolder() throws Exception {
        Path site = Files.createDirectories(project.resolve("site"));
        Files.writeString(site.resolve("bareos-dir.conf"), Files.readString(
                TestResources.path("cli/command-warning/bareos-dir.conf")) + "@/etc/bareos/more.conf\n");
        Path etc = Files.createDirectories(project.resolve("root/etc/bareos"));
        Files.writeString(etc.resolve("more.conf"), "Pool {\n  Name = Weekly\n  Pool Type = Backup\n}\n");

        assertThat(runIn(project, "check", site.toString()).out()).contains("[BC002 include-not-found]");
        write("sysroot: root\n");
        assertThat(runIn(project, "check", site.toString()).out()).doesNotContain("BC002");
    }

    @Test
    void versionsAreReadAsWritten() throws Exception {
        write("bareos-version: 22.10\nhost-versions:\n  web1: 21\n  db1: \"23.0.1\"\n");

        ProjectSettings settings = ProjectFile.read(project.resolve(".bconf.yaml"));

        assertThat(settings.bareosVersion()).contains(BareosVersion.parse("22.10"));
        assertThat(settings.hostVersions()).containsEntry("web1", BareosVersion.parse("21"))
                .containsEntry("db1", BareosVersion.parse("23.0.1"));
        assertThat(settings.failOn()).isEmpty();
        assertThat(settings.severities()).isEqualTo(Map.<String, Severity>of());
    }

    @Test
    void emptyFileSetsNothing() throws Exception {
        write("# nothing yet\n");

        assertThat(runIn(project, "check", SYNTAX_ERROR).code()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rulez: {}                         | unknown key `rulez`; the top level takes rules, fail-on",
        "rules: {disabled: [BC001]}        | unknown key `rules.disabled`",
        "rules: {disable: BC001}           | rules.disable must be a list of rule ids",
        "rules: {disable: [BC999]}         | rules.disable: `BC999` is not a rule id",
        "rules: {severity: {BC001: fatal}} | rules.severity.BC001: `fatal` is not a level",
        "fail-on: sometimes                | fail-on: `sometimes` is not error, warning, info or never",
        "bareos-version: banana            | bareos-version: `banana` is not a Bareos version",
        "host-versions: {web1: [22]}       | host-versions.web1 must be a single value",
        "fail-on: [error                   | not valid YAML",
        "fail-on: error\\nfail-on: info     | not valid YAML",
        "- rules                           | the top level must be a mapping"})
    void badFileIsAUsageError(String yaml, String message) throws Exception {
        write(yaml.replace("\\n", "\n"));

        CliRun run = runIn(project, "check", SYNTAX_ERROR);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(".bconf.yaml").contains(message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingConfigFileIsAUsageError() {
        CliRun run = runIn(project, "check", "--config", project.resolve("none.yaml").toString(), SYNTAX_ERROR);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("none.yaml: no such file");
    }

    @Test
    void unreadableConfigFileIsAnInputError() {
        CliRun run = runIn(project, "check", "--config", project.toString(), SYNTAX_ERROR);

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("bconf: cannot read " + project).doesNotContain("internal error");
    }
}
