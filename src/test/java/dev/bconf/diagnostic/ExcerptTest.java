package dev.bconf.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Findings quote at most a readable stretch of the configuration. */
class ExcerptTest {

    private static String message(String text) {
        return Diagnostic.of(ReadingRules.SYNTAX_ERROR, SourceSpan.startOf(Path.of("x.conf")), text).message();
    }

    @Test
    void shortQuotesStayWhole() {
        String text = "Bareos ignores `" + "w".repeat(80) + "` after the value and keeps only `x`.";

        assertThat(message(text)).isEqualTo(text);
    }

    @Test
    void longQuotesKeepTheirStartAndEnd() {
        String value = "a".repeat(50) + "b".repeat(100_000) + "c".repeat(20);

        assertThat(message("Bareos ignores `" + value + "` after the value; Bareos says \"got: " + value + "\"."))
                .isEqualTo("Bareos ignores `" + "a".repeat(50) + " ... " + "c".repeat(20) + "` after the value; "
                        + "Bareos says \"got: " + "a".repeat(45) + " ... " + "c".repeat(20) + "\".");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNotCutInHalf() {
        String emoji = "\uD83D\uDE00";

        assertThat(message("`" + emoji.repeat(200) + "`")).isEqualTo("`" + emoji.repeat(50) + " ... "
                + emoji.repeat(20) + "`");
    }
}
