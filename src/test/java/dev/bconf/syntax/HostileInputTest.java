package dev.bconf.syntax;

import static dev.bconf.syntax.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bconf.Findings;
import dev.bconf.Guard;
import dev.bconf.InputException;
import dev.bconf.Site;
import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.RuleInfo;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs made to hurt: huge, deep, long, binary, looping or not files at all. Each has a limit
 * that is written down (in the code and the rule pages) and a finding with file, line and
 * column when it is passed; none may crash, hang or eat the memory.
 */
class HostileInputTest {

    /** Generous for a 2-core CI machine; each case takes a fraction of it. */
    private static final Duration QUICK = Duration.ofSeconds(5);

    @TempDir
    Path root;

    @Test
    void tenThousandNestedBlocksAreReportedAtTheNestingLimit() throws Exception {
        String open = "  Include {\n".repeat(10_000);
        String close = "  }\n".repeat(10_000);
        write("bareos-dir.conf", "Director {\n  Name = d\n}\nFileSet {\n  Name = deep\n" + open + close
                + "}\nPool {\n  Name = after\n}\n");

        Site site = read();

        // FileSet opens level 1, the n-th Include (line 5 + n) level n + 1; the 32nd goes past 32.
        onlyReadingFinding(site, "bareos-dir.conf:37:11", ReadingRules.SYNTAX_ERROR, "nest more than 32 deep");
        assertThat(Fixtures.names(site, "Pool")).containsExactly("after");
    }

    @Test
    void aHundredThousandCharacterLineIsReadWhole() throws Exception {
        // Three shapes: many words (each could start the next statement), many quoted strings
        // (each is looked past to the next line, dialect.md §1.9), and one word.
        String words = "x ".repeat(50_000);
        String strings = "\"ab\" x ".repeat(100_000 / 7);
        String word = "w".repeat(100_000);
        write("bareos-dir.conf", "Director {\n  Name = d\n  Description = " + words + "\n  Description = "
                + strings + "\n  Working Directory = " + word + "\n}\n" + words + "\n");

        Site site = read();

        assertThat(Findings.of(site.diagnostics(), ReadingRules.SYNTAX_ERROR)).singleElement().satisfies(d -> {
            assertThat(Findings.where(d, root)).isEqualTo("bareos-dir.conf:7:1");
            assertThat(d.message()).as("message quoting the line").hasSizeLessThan(300).startsWith("`xxxx");
        });
        assertThat(site.diagnostics()).allSatisfy(d -> assertThat(d.message()).hasSizeLessThan(600));
        ResourceNode director = Fixtures.resource(site, "Director", "d");
        assertThat(director.directives()).extracting(d -> d.tokens().size())
                .containsExactly(1, 50_000, 2 * (100_000 / 7), 1);
        assertThat(Fixtures.value(director, "WorkingDirectory")).contains(word);
    }

    @Test
    void anUnterminatedQuoteAtTheEndOfAMegabyteFileIsFoundThere() throws Exception {
        // Long comma lists (as in an ACL) made the parser's look-ahead expensive once an error
        // sent it to full-context prediction; a quote where a directive should start does that.
        StringBuilder text = new StringBuilder("Director {\n  Name = d\n}\n");
        String acl = String.join(", ", java.util.Collections.nCopies(8_000, "job"));
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("Console {\n  Name = c").append(i).append("\n  Password = \"p\"\n  Job ACL = ")
                    .append(acl).append("\n}\n");
        }
        text.append("Console {\n  Name = last\n  Job ACL = ").append(acl).append("\n");
        int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
        text.append("  \"never closed\n");
        write("bareos-dir.conf", text.toString());

        Site site = read();

        assertThat(Findings.where(site.diagnostics(), ReadingRules.SYNTAX_ERROR, root))
                .contains("bareos-dir.conf:" + line + ":3");
        assertThat(Fixtures.names(site, "Console")).hasSizeGreaterThan(10);
    }

    @Test
    void aHundredMegabyteIncludeIsRefusedUnreadAtTheInclude() throws Exception {
        write("bareos-dir.conf", "Director {\n  Name = d\n}\n@big.conf\n");
        try (RandomAccessFile big = new RandomAccessFile(root.resolve("big.conf").toFile(), "rw")) {
            big.setLength(100L << 20);
        }
        Fixtures.parse("Pool { Name = warm-up }");
        long before = allocatedByThisThread();

        Site site = load(root);

        long allocated = allocatedByThisThread() - before;
        onlyReadingFinding(site, "bareos-dir.conf:4:1", ReadingRules.SYNTAX_ERROR, "larger than 64 MiB");
        // Reading up to the limit alone would take 64 MiB; refusing by the size takes next to nothing.
        assertThat(allocated).as("bytes allocated while reading").isLessThan(16L << 20);
    }

    @Test
    void binaryGarbageGivesLocatedFindings() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Files.write(root.resolve("bareos-dir.conf"), garbage);

        Site site = read();

        List<Diagnostic> encoding = Findings.of(site.diagnostics(), ReadingRules.ENCODING);
        assertThat(encoding).singleElement().satisfies(d -> assertThat(d.message()).contains("not valid UTF-8"));
        assertThat(site.diagnostics()).allSatisfy(d -> assertThat(d.location().file()).isEqualTo(
                root.resolve("bareos-dir.conf")));
    }

    @Test
    void aUtf16FileWithoutByteOrderMarkIsRefusedAsUtf16() throws Exception {
        // iconv -t UTF-16LE writes no byte-order mark; the file is then full of NUL bytes.
        Files.write(root.resolve("bareos-dir.conf"), "Director {\n  Name = d\n}\n".getBytes(
                StandardCharsets.UTF_16LE));

        Site site = read();

        onlyReadingFinding(site, "bareos-dir.conf:1:1", ReadingRules.ENCODING, "UTF-16");
    }

    @Test
    void aGlobOfThreeThousandFilesIsReadWholeWithoutFalseCycles() throws Exception {
        // Bareos stacks all files of a glob before it reads the first, but they are not nested:
        // a file that includes a sibling not yet read is no cycle, and 3,000 of them no depth.
        write("bareos-dir.conf", "Director {\n  Name = d\n}\n@clients/*.conf\n");
        for (int i = 0; i < 3_000; i++) {
            write(String.format("clients/c%04d.conf", i), "Client {\n  Name = c" + i + "\n}\n"
                    + (i == 2_999 ? "@clients/c0000.conf\n" : ""));
        }

        Site site = read();

        assertThat(Findings.reading(site.diagnostics())).isEmpty();
        // c2999 is read first (reverse glob order) and reads c0000 on the way; c0000 is read again.
        assertThat(Fixtures.names(site, "Client")).hasSize(3_001).startsWith("c2999", "c0", "c2998")
                .endsWith("c0");
    }

    @Test
    void aSymbolicLinkLoopIsAnIncludeThatLeadsNowhere() throws Exception {
        write("bareos-dir.conf", "Director {\n  Name = d\n}\n@loop.conf\n@pools/*/*/*.conf\n");
        Files.createSymbolicLink(root.resolve("loop.conf"), Path.of("loop2.conf"));
        Files.createSymbolicLink(root.resolve("loop2.conf"), Path.of("loop.conf"));
        // A folder that links to itself: the glob goes as deep as it is written and no deeper.
        write("pools/p.conf", "Pool {\n  Name = p\n}\n");
        Files.createSymbolicLink(root.resolve("pools/again"), Path.of("."));

        Site site = read();

        onlyReadingFinding(site, "bareos-dir.conf:4:1", ReadingRules.INCLUDE_NOT_FOUND, "symbolic link", "loop");
        assertThat(Fixtures.names(site, "Pool")).containsExactly("p");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/dev/zero", "fifo"})
    void anIncludeOfSomethingThatIsNoFileIsRefusedUnread(String target) throws Exception {
        // Reading /dev/zero never ends, and a pipe with no writer blocks forever.
        Path included = target.startsWith("/") ? Path.of(target) : root.resolve(target);
        if (!target.startsWith("/")) {
            assertThat(new ProcessBuilder("mkfifo", included.toString()).start().waitFor()).isZero();
        }
        write("bareos-dir.conf", "Director {\n  Name = d\n  @" + included + "\n}\n");

        Site site = read();

        onlyReadingFinding(site, "bareos-dir.conf:3:3", ReadingRules.INCLUDE_NOT_FOUND, "no regular file");
    }

    @Test
    void aFolderOrPipeNamedLikeAResourceFileIsReportedAndNotOpened() throws Exception {
        write("bareos-dir.d/director/d.conf", "Director {\n  Name = d\n}\n");
        write("bareos-dir.d/pool/full.conf", "Pool {\n  Name = full\n}\n");
        Files.createDirectories(root.resolve("bareos-dir.d/pool/folder.conf"));
        assertThat(new ProcessBuilder("mkfifo", root.resolve("bareos-dir.d/pool/pipe.conf").toString()).start()
                .waitFor()).isZero();

        Site site = read();

        assertThat(Findings.reading(site.diagnostics())).extracting(d -> Findings.where(d, root) + " " + d.rule().id())
                .containsExactly("bareos-dir.d/pool/folder.conf:1:1 BC002", "bareos-dir.d/pool/pipe.conf:1:1 BC002");
        assertThat(Fixtures.names(site, "Pool")).containsExactly("full");
    }

    @Test
    void devNullReadsAsEmptyAsInBareos() throws Exception {
        write("bareos-dir.conf", "Director {\n  Name = d\n  @/dev/null\n}\n");

        assertThat(Findings.reading(read().diagnostics())).isEmpty();
    }

    @Test
    void anUnreadableIncludeIsReportedAtTheInclude() throws Exception {
        write("bareos-dir.conf", "Director {\n  Name = d\n}\n@secret.conf\n");
        write("secret.conf", "Pool {\n  Name = hidden\n}\n");
        Files.setPosixFilePermissions(root.resolve("secret.conf"), Set.of());

        Site site = read();

        if (Files.isReadable(root.resolve("secret.conf"))) {
            // Running as root (as CI does), permissions do not stop reading: the file is read.
            assertThat(Findings.reading(site.diagnostics())).isEmpty();
            assertThat(Fixtures.names(site, "Pool")).containsExactly("hidden");
        } else {
            onlyReadingFinding(site, "bareos-dir.conf:4:1", ReadingRules.INCLUDE_NOT_FOUND, "permission denied");
        }
    }

    @Test
    void anUnreadableFolderIsAnInputThatCannotBeRead() throws Exception {
        write("bareos-dir.d/pool/full.conf", "Pool {\n  Name = full\n}\n");
        Path pools = root.resolve("bareos-dir.d/pool");
        Files.setPosixFilePermissions(pools, Set.of());
        try {
            if (Files.isReadable(pools)) {
                // Running as root (as CI does), permissions do not stop reading: the folder is read.
                assertThat(Fixtures.names(read(), "Pool")).containsExactly("full");
            } else {
                assertThatThrownBy(() -> load(root)).isInstanceOf(InputException.class)
                        .hasMessageContaining("cannot be read");
            }
        } finally {
            // Lets @TempDir clean up after a non-root run.
            Files.setPosixFilePermissions(pools, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The site's only reading finding is this rule's, at {@code where}, and says {@code words}. */
    private void onlyReadingFinding(Site site, String where, RuleInfo rule, String... words) {
        assertThat(Findings.reading(site.diagnostics())).singleElement().satisfies(d -> {
            assertThat(Findings.where(d, root)).isEqualTo(where);
            assertThat(d.rule()).isEqualTo(rule);
            assertThat(d.message()).contains(words);
        });
    }

    private void write(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    /** Reads the root on a watch: quickly, and within half the stack a thread gets by default. */
    private Site read() {
        return Guard.run("reading " + root, QUICK, () -> load(root));
    }

}
