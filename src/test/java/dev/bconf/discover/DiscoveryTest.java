package dev.bconf.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bconf.Findings;
import dev.bconf.TestResources;
import dev.bconf.diagnostic.ReadingRules;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The layouts of dialect.md §3 and CONTRACTS.md, each as a fixture under layouts/. */
class DiscoveryTest {

    private static final Path LAYOUTS = TestResources.path("layouts");

    @ParameterizedTest
    @ValueSource(strings = {"single", "single/bareos-dir.conf"})
    void singleFileIsOneDirector(String input) throws IOException {
        DaemonSource source = onlySource(input);

        assertThat(source.kind()).isEqualTo(DaemonKind.DIRECTOR);
        assertThat(relative(source.files())).containsExactly("single/bareos-dir.conf");
        assertThat(relative(source.root())).isEqualTo("single");
        assertThat(source.kindReason()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dtree", "dtree/bareos-dir.d"})
    void dotDFolderReadsTypeFoldersInReverseSortedOrder(String input) throws IOException {
        DaemonSource source = onlySource(input);

        // Not read, as in Bareos: loose.conf (directly in .d), archive/ (deeper), *.conf.example, dot-files.
        assertThat(relative(source.files())).containsExactly(
                "dtree/bareos-dir.d/storage/File.conf",
                "dtree/bareos-dir.d/director/backup-dir.conf",
                "dtree/bareos-dir.d/client/web1-fd.conf",
                "dtree/bareos-dir.d/client/db1-fd.conf");
        assertThat(relative(source.root())).isEqualTo("dtree");
    }

    @Test
    void singleFileWinsOverTheDotDFolder() throws IOException {
        DaemonSource source = onlySource("both");

        assertThat(source.kind()).isEqualTo(DaemonKind.FILE_DAEMON);
        assertThat(relative(source.files())).containsExactly("both/bareos-fd.conf");
    }

    @Test
    void configRootHoldsEveryDaemonOnce() throws IOException {
        List<DaemonSource> sources = discover("root").sources();

        assertThat(sources).extracting(DaemonSource::kind)
                .containsExactly(DaemonKind.DIRECTOR, DaemonKind.FILE_DAEMON, DaemonKind.STORAGE_DAEMON);
        assertThat(sources).extracting(s -> relative(s.root())).containsOnly("root");
        assertThat(sources).extracting(DaemonSource::host).containsOnly(Optional.empty());
    }

    @Test
    void siteFolderNamesEachDaemonAfterItsHostFolder() throws IOException {
        Discovery.Result result = discover("site");

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.sources()).extracting(s -> s.kind() + " " + s.host().orElse("?") + " " + relative(s.root()))
                .containsExactly("DIRECTOR dir01 site/dir01/etc/bareos", "FILE_DAEMON web1 site/web1");
    }

    @Test
    void dotDFolderWithoutConfigFilesIsUnknownDaemon() throws IOException {
        Discovery.Result result = discover("empty");

        assertThat(result.sources()).isEmpty();
        assertThat(Findings.where(result.diagnostics(), ReadingRules.UNKNOWN_DAEMON, LAYOUTS))
                .containsExactly("empty/bareos-dir.d:1:1");
        assertThat(result.diagnostics().get(0).message()).contains("Cannot open config file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unrecognised", "unrecognised/notes/todo.txt", "guessed/notes.txt"})
    void pathWithoutConfigurationIsUnknownDaemon(String input) throws IOException {
        Discovery.Result result = discover(input);

        assertThat(result.sources()).isEmpty();
        assertThat(Findings.where(result.diagnostics(), ReadingRules.UNKNOWN_DAEMON, LAYOUTS))
                .containsExactly(input + ":1:1");
    }

    @ParameterizedTest
    @CsvSource({
        "jobs.cfg,           DIRECTOR,       a job resource",
        "tape-drives.cfg,    STORAGE_DAEMON, a device resource",
        "client-web1.cfg,    FILE_DAEMON,    its own Client resource",
        "directors-view.cfg, DIRECTOR,       Password"})
    void otherFileNamesAreRecognisedByContentWithTheReason(String file, DaemonKind kind, String reason)
            throws IOException {
        DaemonSource source = onlySource("guessed/" + file);

        assertThat(source.kind()).isEqualTo(kind);
        assertThat(source.kindGuessed()).isTrue();
        assertThat(source.kindReason()).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @ParameterizedTest
    @CsvSource({"single/., single", "dtree/., dtree", "dtree/bareos-dir.d/../bareos-dir.d, dtree"})
    void rootIsNormalisedSoThatMessagesShowPlainPaths(String input, String root) throws IOException {
        assertThat(onlySource(input).root()).isEqualTo(LAYOUTS.resolve(root).toAbsolutePath());
    }

    @Test
    void missingPathIsAnInputError() {
        assertThatThrownBy(() -> Discovery.discover(LAYOUTS.resolve("no-such-host")))
                .isInstanceOf(NoSuchFileException.class);
    }

    private static Discovery.Result discover(String input) throws IOException {
        return Discovery.discover(LAYOUTS.resolve(input));
    }

    private static DaemonSource onlySource(String input) throws IOException {
        Discovery.Result result = discover(input);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.sources()).hasSize(1);
        return result.sources().get(0);
    }

    private static String relative(Path p) {
        return Findings.relative(p, LAYOUTS);
    }

    private static List<String> relative(List<Path> paths) {
        return paths.stream().map(DiscoveryTest::relative).toList();
    }
}
