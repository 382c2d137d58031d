package dev.bconf.syntax;

import static dev.bconf.syntax.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Findings;
import dev.bconf.Site;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Bytes and line ends as Bareos reads them (dialect.md §1.1, §1.2): UTF-8 only, any line end. */
class EncodingTest {

    private static final String DIRECTOR = """
            Director {
              Name = backup-dir
              Password = "dir-secret"   # kept in the vault too
              Description = "Main "
                "director"
              Maximum Concurrent Jobs = 10; Heartbeat Interval = 60
            }
            @pools.conf
            """;
    private static final String POOLS = "Pool {\n  Name = Full\n}\n";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void utf8ByteOrderMarksAreIgnored() throws Exception {
        Site plain = write("plain", utf8(DIRECTOR), utf8(POOLS));
        Site marked = write("marked", concat(UTF8_BOM, utf8(DIRECTOR)), concat(UTF8_BOM, utf8(POOLS)));

        assertThat(Findings.reading(marked.diagnostics())).isEmpty();
        assertThat(TreeText.withPositions(Fixtures.resources(marked)))
                .isEqualTo(TreeText.withPositions(Fixtures.resources(plain)));
    }

    @Test
    void byteOrderMarkOfAFileIncludedAsAValueIsAnError() throws Exception {
        // Bareos skips the mark only between resources; where a value is expected it is a token.
        Path root = Files.createDirectories(dir.resolve("value"));
        Files.writeString(root.resolve("bareos-dir.conf"), "Director {\n  Name = d\n  Password = @pw.txt\n}\n");
        Files.write(root.resolve("pw.txt"), concat(UTF8_BOM, utf8("\"dir-secret\"\n")));

        assertThat(Findings.where(load(root).diagnostics(), ReadingRules.SYNTAX_ERROR, root))
                .containsExactly("pw.txt:1:1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"little-endian, FF, FE, UTF-16LE", "big-endian, FE, FF, UTF-16BE"})
    void utf16IsRefused(String name, String first, String second, String charset) throws Exception {
        byte[] mark = {(byte) Integer.parseInt(first, 16), (byte) Integer.parseInt(second, 16)};
        byte[] text = DIRECTOR.getBytes(Charset.forName(charset));
        Site site = write("utf16", concat(mark, text), utf8(POOLS));

        assertThat(Findings.of(site.diagnostics(), ReadingRules.ENCODING)).singleElement().satisfies(d -> {
            assertThat(Findings.where(d, dir.resolve("utf16"))).isEqualTo("bareos-dir.conf:1:1");
            assertThat(d.message()).contains("UTF-16", name);
        });
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumnAndReadingGoesOn() throws Exception {
        String before = "Director {\n  Name = backup-dir\n  Description = \"Sauvegarde \u00e9t\u00e9 ";
        byte[] latin1 = (before + "caf\u00e9\"\n  Password = \"x\"\n}\n").getBytes(StandardCharsets.ISO_8859_1);
        // Latin-1 writes each accented letter as one byte; UTF-8 decoding fails at the first, in "été".
        Site site = write("latin1", latin1, utf8(POOLS));

        Diagnostic bad = Findings.of(site.diagnostics(), ReadingRules.ENCODING).get(0);
        assertThat(Findings.where(bad, dir.resolve("latin1"))).isEqualTo("bareos-dir.conf:3:29");
        assertThat(bad.message()).contains("0xE9", "UTF-8");
        assertThat(Fixtures.resource(site, "Director", "backup-dir").directive("Password")).isPresent();
    }

    @Test
    void validMultiByteTextBeforeABadByteCountsAsOneColumnPerCharacter() throws Exception {
        byte[] text = concat(utf8("Director {\n  Description = \"\u00e9t\u00e9 "), new byte[] {(byte) 0xFF},
                utf8("\"\n  Name = d\n}\n"));
        Site site = write("mixed", text, utf8(POOLS));

        assertThat(Findings.where(site.diagnostics(), ReadingRules.ENCODING, dir.resolve("mixed")))
                .containsExactly("bareos-dir.conf:2:22");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "after a CR line end,      0D FF,       2:1",
        "after a CR LF line end,   0D 0A 41 FF, 2:2",
        "in an overlong encoding,  41 C0 AF,    1:2",
        "in an encoded surrogate,  ED A0 80,    1:1"})
    void invalidByteIsFoundWhereDecodingStops(String name, String hex, String where) throws Exception {
        byte[] bytes = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
        Site site = write("bytes", bytes, utf8(POOLS));

        assertThat(Findings.where(site.diagnostics(), ReadingRules.ENCODING, dir.resolve("bytes")))
                .containsExactly("bareos-dir.conf:" + where);
    }

    enum LineEnd {
        CRLF("\r\n"), CR("\r");

        final String chars;

        LineEnd(String chars) {
            this.chars = chars;
        }
    }

    @ParameterizedTest
    @EnumSource(LineEnd.class)
    void otherLineEndsGiveTheSameTreeAsNewlines(LineEnd lineEnd) throws Exception {
        Site lf = write("lf", utf8(DIRECTOR), utf8(POOLS));
        Site other = write(lineEnd.name(), utf8(DIRECTOR.replace("\n", lineEnd.chars)),
                utf8(POOLS.replace("\n", lineEnd.chars)));

        assertThat(Findings.reading(other.diagnostics())).isEmpty();
        assertThat(TreeText.withPositions(Fixtures.resources(other)))
                .isEqualTo(TreeText.withPositions(Fixtures.resources(lf)));
    }

    private Site write(String name, byte[] director, byte[] pools) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        Files.write(root.resolve("bareos-dir.conf"), director);
        Files.write(root.resolve("pools.conf"), pools);
        return load(root);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
