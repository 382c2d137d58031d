package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;

/**
 * One element of a directive's value in reading order, blocks flattened, with what stands
 * between it and the element before: what Bareos's character-level lexer needs.
 *
 * @param kind what it is
 * @param text the content (quoted strings decoded; {@code "\n"} or {@code "#"} for an end of
 *             line, telling whether a comment ends it)
 * @param raw  the text as written
 * @param span where it stands
 * @param gap  the blanks between the previous element and this one on the same line
 * @param part the index of the directive's top-level value part it belongs to, -1 when it
 *             belongs to none (line ends, the closing brace after the value)
 */
record Piece(Kind kind, String text, String raw, SourceSpan span, String gap, int part) {

    enum Kind {
        WORD,
        QUOTED,
        UNTERMINATED,
        COMMA,
        EQUALS,
        COMMAND,
        OPEN,
        CLOSE,
        EOL,
        /** Past the directive's line: whatever Bareos would read there is not known here. */
        END
    }

    /** The first character Bareos's lexer sees of this element. */
    char first() {
        return switch (kind) {
            case WORD, EOL -> text.charAt(0);
            case QUOTED, UNTERMINATED -> '"';
            case COMMA -> ',';
            case EQUALS -> '=';
            case COMMAND -> '@';
            case OPEN -> '{';
            case CLOSE -> '}';
            case END -> '\n';
        };
    }
}
