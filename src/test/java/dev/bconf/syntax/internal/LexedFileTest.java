package dev.bconf.syntax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where Bareos stands at the end of a file: after its last character, not on the empty line after it. */
class LexedFileTest {

    @ParameterizedTest(name = "\"{0}\" ends at {1}:{2}")
    @CsvSource(delimiter = '|', value = {
        "''|1|1",
        "ab|1|3",
        "ab\\n|1|3",
        "a\\nb|2|2",
        "a\\n\\n|2|1",
        "\\n|1|1",
        "Client {\\n  Name = x\\n}\\n|3|2",
        "x = \"a\\nb\"|2|3",
        "a\\r\\nbc|2|3",
    })
    void endsAfterTheLastCharacter(String escaped, int line, int column) {
        LexedFile file = LexedFile.lex(Path.of("end.conf"), escaped.replace("\\r", "\r").replace("\\n", "\n"));

        assertThat(new int[] {file.lastLine, file.lastColumn}).containsExactly(line, column);
    }
}
