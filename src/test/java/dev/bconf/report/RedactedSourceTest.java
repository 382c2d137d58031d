package dev.bconf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Masking secrets on source lines without losing where the other tokens of the line are. */
class RedactedSourceTest {

    private static final Path FILE = Path.of("bareos-dir.conf");

    private static RedactedSource source(String text) {
        return RedactedSource.of(List.of(), Map.of(FILE, text));
    }

    @Test
    void valuesOfPasswordDirectivesAreMaskedWhereverTheyStand() {
        RedactedSource source = source("Catalog { Name = c; Db Password = \"s3cret\"; DbName = bareos }\n"
                + "  KeyEncryptionKey = abc def\n  FD PASSWORD x\n  Description = \"a password here\"\n");

        assertThat(source.line(FILE, 1).orElseThrow().text())
                .isEqualTo("Catalog { Name = c; Db Password = <redacted>; DbName = bareos }");
        assertThat(source.line(FILE, 2).orElseThrow().text()).isEqualTo("  KeyEncryptionKey = <redacted>");
        assertThat(source.line(FILE, 3).orElseThrow().text()).isEqualTo("  FD PASSWORD <redacted>");
        assertThat(source.line(FILE, 4).orElseThrow().text()).isEqualTo("  Description = \"a password here\"");
    }

    @Test
    void columnsAfterAMaskedValueMoveWithIt() {
        String text = "Catalog { DbPassword = \"a-much-longer-secret\"; DbName = bareos }";
        MaskedLine line = source(text + "\n").line(FILE, 1).orElseThrow();
        int dbName = text.indexOf("DbName") + 1;
        int secret = text.indexOf("\"a-much") + 1;

        assertThat(line.text().substring(line.start(dbName) - 1)).startsWith("DbName = bareos");
        assertThat(line.start(secret + 3)).isEqualTo(secret);
        assertThat(line.end(secret + 3)).isEqualTo(secret + MaskedLine.REDACTED.length() - 1);
        assertThat(line.start(3)).isEqualTo(3);
    }

    @Test
    void messagesLoseSecretsThatStandAsWords() {
        RedactedSource source = source("Director {\n  Password = backup\n}\n");

        assertThat(source.scrub("got `backup` where `}` was expected")).isEqualTo("got `<redacted>` where `}` was expected");
        assertThat(source.scrub("Director \"backup-dir\" and backups")).isEqualTo("Director \"backup-dir\" and backups");
    }

    @Test
    void aHugeQuotedOrEscapedPasswordIsMaskedWhole() {
        String quoted = "x".repeat(100_000);
        String escaped = "\\\"".repeat(50_000);
        RedactedSource source = source("  Password = \"" + quoted + "\"; Name = a\n  Password = \"" + escaped
                + "\n  Password = " + quoted + " ; Name = b\n");

        assertThat(source.line(FILE, 1).orElseThrow().text()).isEqualTo("  Password = <redacted>; Name = a");
        assertThat(source.line(FILE, 2).orElseThrow().text()).isEqualTo("  Password = <redacted>");
        assertThat(source.line(FILE, 3).orElseThrow().text()).isEqualTo("  Password = <redacted> ; Name = b");
    }

    @Test
    void linesThatDoNotExistAreNotShown() {
        assertThat(source("Director {\n}\n").line(FILE, 9)).isEmpty();
        assertThat(source("").line(Path.of("no-such-file.conf"), 1)).isEmpty();
    }
}
