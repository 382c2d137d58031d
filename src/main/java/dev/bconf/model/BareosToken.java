package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import java.util.Objects;

/**
 * A token as Bareos's own lexer produces it from a value.
 *
 * @param kind        the token kind
 * @param text        what Bareos keeps of it: joined words without their blanks, quoted
 *                    strings without quotes; for an end of line, the text of the token
 *                    before it (Bareos's messages quote that)
 * @param span        where it was written
 * @param joinedWords how many written words Bareos joined into it (more than one only for
 *                    identifiers that ran across blanks)
 * @param following   the character Bareos's lexer stands on after the token: the blank,
 *                    {@code ,}, {@code =}, {@code }}, {@code #}... that ended it, or
 *                    {@code \n} at the end of the line. Identifiers swallow blanks, so for
 *                    them it is the first character after the blanks.
 */
public record BareosToken(Kind kind, String text, SourceSpan span, int joinedWords, char following) {

    public BareosToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** True for the kinds Bareos accepts where it expects a name or a string. */
    public boolean isWord() {
        return kind == Kind.IDENTIFIER || kind == Kind.UNQUOTED_STRING || kind == Kind.QUOTED_STRING;
    }

    /** Bareos's token kinds, with the numbers and names its messages print. */
    public enum Kind {
        EOF(101),
        NUMBER(102),
        IDENTIFIER(104),
        UNQUOTED_STRING(105),
        QUOTED_STRING(106),
        BLOCK_BEGIN(108, "BCT_BOB"),
        BLOCK_END(109, "BCT_EOB"),
        EQUALS(110),
        COMMA(111),
        EOL(112),
        /** A quoted string that never ends. */
        ERROR(200),
        /** An {@code @|command} include, which bconf never runs; not a Bareos token. */
        COMMAND(0, "COMMAND_INCLUDE");

        private final int code;
        private final String bareosName;

        Kind(int code) {
            this.code = code;
            this.bareosName = "BCT_" + name();
        }

        Kind(int code, String bareosName) {
            this.code = code;
            this.bareosName = bareosName;
        }

        /** The number Bareos prints, e.g. 109 in "Unexpected token: 109:}". */
        public int code() {
            return code;
        }

        /** The name Bareos prints, e.g. {@code BCT_NUMBER}. */
        public String bareosName() {
            return bareosName;
        }
    }
}
