package dev.bconf.syntax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.diagnostic.ReadingRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file large enough to be parsed in parts on all cores reads exactly as one parse of the
 * whole reads it: the same resources with the same spans, comments, includes and findings.
 */
class PartsParseTest {

    @TempDir
    Path dir;

    @Test
    void aLargeFileReadsAsOneParseReadsIt() throws Exception {
        String text = director(2_000, "");

        assertThat(hasSyntaxError(assertSameAsOneParse(text))).isFalse();
    }

    @Test
    void aLargeFileWithASyntaxErrorReadsAsOneParseReadsIt() throws Exception {
        String text = director(1_000, "Client {\n  Name = broken-fd\n  {\n  }\n}\n") + director(1_000, "");

        assertThat(hasSyntaxError(assertSameAsOneParse(text))).isTrue();
    }

    @Test
    void bracesAnIncludedFileLeavesOpenReadAsOneParseReadsThem() throws Exception {
        // The main file's own braces balance, so it is cut; but the block the include opens
        // takes the main file's `}`, and the first part ends inside the Client.
        Files.writeString(dir.resolve("open.conf"), "  Addresses = {\n    ip = { addr = 192.0.2.1; }\n");
        String text = "Client {\n  Name = first-fd\n@" + dir.resolve("open.conf") + "\n}\n" + director(2_000, "");

        assertThat(hasSyntaxError(assertSameAsOneParse(text))).isTrue();
    }

    @Test
    void aLongListOfIncludesReadsAsOneParseReadsIt() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            Path client = dir.resolve("client" + i + ".conf");
            Files.writeString(client,
                    "Client {\n  Name = host" + i + "-fd  # from an include\n  Address = host" + i + "\n}\n");
            text.append('@').append(client).append('\n');
        }

        assertThat(hasSyntaxError(assertSameAsOneParse(text.toString()))).isFalse();
    }

    @Test
    void aResourceSpreadOverTwoIncludesReadsAsOneParseReadsIt() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            Path client = dir.resolve("client" + i + ".conf");
            // Each file opens a resource that the next one closes, as Bareos allows; so the
            // parts, cut between includes, do not end between resources.
            Files.writeString(client, (i > 0 ? "}\n" : "") + "Client {\n  Name = host" + i + "-fd\n"
                    + (i == 999 ? "}\n" : ""));
            text.append('@').append(client).append('\n');
        }

        assertThat(hasSyntaxError(assertSameAsOneParse(text.toString()))).isFalse();
    }

    @Test
    void aGlobOfThousandsOfFilesReadsAsOneParseReadsIt() throws Exception {
        Files.createDirectories(dir.resolve("clients"));
        for (int i = 0; i < 3_000; i++) {
            Files.writeString(dir.resolve("clients").resolve(String.format("host%04d.conf", i)),
                    "Client {\n  Name = host" + i + "-fd\n  Address = host" + i + "  # from a glob\n}\n");
        }
        String text = "Director {\n  Name = d\n}\n@" + dir.resolve("clients") + "/*.conf\nJob {\n  Name = j\n}\n";

        FileParser.Result whole = assertSameAsOneParse(text);

        assertThat(hasSyntaxError(whole)).isFalse();
        // Bareos stacks the files of a glob in sorted order, so it reads the last one first.
        assertThat(whole.file().includedFiles().get(0).getFileName()).hasToString("host2999.conf");
        assertThat(whole.file().resources().get(1).span().file().getFileName()).hasToString("host2999.conf");
    }

    private FileParser.Result assertSameAsOneParse(String text) throws Exception {
        Path file = dir.resolve("bareos-dir.conf");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        FileParser parser = new FileParser(dir, Optional.empty());
        LexedFile lexed = LexedFile.lex(file, text).withGlobsSliced(new IncludeResolver(dir, Optional.empty()), 64);
        assertThat(lexed.weight()).isGreaterThan(FileParser.PARSED_IN_PARTS_FROM);
        assertThat(lexed.parts(4_096)).hasSizeGreaterThan(1);

        FileParser.Result inParts = parser.parse(file);
        FileParser.Result whole = parser.parseText(file, text);

        assertThat(inParts.file()).isEqualTo(whole.file());
        assertThat(inParts.findings()).containsExactlyInAnyOrderElementsOf(whole.findings());
        return whole;
    }

    private static boolean hasSyntaxError(FileParser.Result result) {
        return result.findings().stream().anyMatch(d -> d.rule().equals(ReadingRules.SYNTAX_ERROR));
    }

    /** Clients with jobs, FileSets with nested blocks, comments, joined strings and an include. */
    private String director(int clients, String tail) throws Exception {
        Files.writeString(dir.resolve("messages.conf"), "Messages {\n  Name = Standard\n  Console = all\n}\n");
        StringBuilder out = new StringBuilder("# a Director of many clients\n@" + dir.resolve("messages.conf") + "\n");
        for (int i = 0; i < clients; i++) {
            out.append("Client {  # client ").append(i).append('\n')
                    .append("  Name = host").append(i).append("-fd\n")
                    .append("  Address = host").append(i).append(".example.com; Port = 9102\n")
                    .append("  Password = \"secret-").append(i).append("\"\n")
                    .append("  Description = \"first half \"\n    \"second half\"\n")
                    .append("}\n");
            if (i % 10 == 0) {
                out.append("FileSet {\n  Name = fs").append(i).append("\n  Include {\n    Options {\n")
                        .append("      Signature = XXH128\n    }\n    File = /etc\n  }\n}\n");
            }
            out.append("Job { Name = backup").append(i).append("; Client = host").append(i).append("-fd }\n");
        }
        return out.append(tail).toString();
    }
}
