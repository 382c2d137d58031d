package dev.bconf.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SourceSpanTest {

    @Test
    void fileNamedRelativelySortsAmongTheAbsolutePathsOfItsIncludes() {
        // A config named on the command line stays relative; the files it includes are found absolute.
        Path here = Path.of("").toAbsolutePath();
        SourceSpan top = SourceSpan.at(Path.of("etc/bareos/bareos-dir.conf"), 3, 1);
        SourceSpan before = SourceSpan.at(here.resolve("etc/bareos/a-clients.conf"), 9, 1);
        SourceSpan after = SourceSpan.at(here.resolve("etc/bareos/z-pools.conf"), 1, 1);

        assertThat(Stream.of(after, top, before).sorted()).containsExactly(before, top, after);
    }

    @Test
    void withinAFileSpansSortByLineThenColumn() {
        Path f = Path.of("bareos-dir.conf");

        assertThat(Stream.of(SourceSpan.at(f, 2, 1), SourceSpan.at(f, 1, 9), SourceSpan.at(f, 1, 3)).sorted())
                .containsExactly(SourceSpan.at(f, 1, 3), SourceSpan.at(f, 1, 9), SourceSpan.at(f, 2, 1));
    }
}
