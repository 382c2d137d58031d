package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.Objects;

/**
 * A token of a value as Bareos's lexer sees it.
 *
 * @param kind        what sort of token
 * @param text        the token's content: for quoted strings without quotes and with
 *                    Bareos's backslash rule applied; otherwise the text as written
 * @param raw         the text exactly as written in the file
 * @param spaceBefore the blanks between the previous token on the same line and this one
 *                    ({@code ""} when adjacent or first on its line); Bareos's reading of
 *                    some values depends on them (words join across spaces, time units
 *                    continue only after a space)
 * @param span        where it was written
 */
public record ValueToken(TokenKind kind, String text, String raw, String spaceBefore, SourceSpan span)
        implements ValuePart {

    public ValueToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(spaceBefore, "spaceBefore");
        Objects.requireNonNull(span, "span");
    }
}
