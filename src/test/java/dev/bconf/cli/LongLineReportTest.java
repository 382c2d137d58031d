package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile line must not make the report hostile: each finding shows a window of the line
 * around its span, so thousands of findings on a line of a hundred thousand characters give
 * a report of a few hundred characters per finding, with the underline still under the span.
 */
class LongLineReportTest {

    @TempDir
    Path root;

    @Test
    void findingsOnAHugeLineShowAWindowAroundTheirSpan() throws Exception {
        String filler = "x".repeat(50_000);
        String line = "  Description = \"" + filler + "\"; Bogus One = 1; Bogus Two = 2; Password = \"MARKER"
                + filler + "\"; Working Directory = /" + filler;
        Path conf = root.resolve("bareos-dir.conf");
        Files.writeString(conf, "Director {\n  Name = d\n" + line + "\n}\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("check", "--fail-on", "never", "--bareos-version", "24", conf.toString());

        List<String> shown = run.out().lines().filter(l -> l.startsWith(" 3 |")).toList();
        assertThat(shown).hasSize(2).allSatisfy(l -> assertThat(l)
                .hasSizeLessThan(200).startsWith(" 3 | ...").endsWith("...").doesNotContain("MARKER"));
        List<String> lines = run.out().lines().toList();
        for (String bogus : List.of("Bogus One", "Bogus Two")) {
            int at = lines.indexOf(lines.stream().filter(l -> l.contains("`" + bogus + "`")).findFirst()
                    .orElseThrow());
            String source = lines.get(at + 1);
            String underline = lines.get(at + 2);
            int caret = underline.indexOf('^');
            assertThat(source.substring(caret)).startsWith(bogus);
        }
        assertThat(run.out().length()).isLessThan(4_000);
    }
}
