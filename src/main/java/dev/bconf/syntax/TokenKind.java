package dev.bconf.syntax;

/** The kinds of token a directive's value is made of. */
public enum TokenKind {
    /** An unquoted run of characters; whether Bareos reads it as a keyword, number or string depends on context. */
    WORD,
    /** A double-quoted string, adjacent strings already joined. */
    QUOTED,
    /** A quoted string that runs to the end of the file without a closing quote. */
    UNTERMINATED,
    /** {@code ,} */
    COMMA,
    /** {@code =} */
    EQUALS,
    /** An {@code @|command} include, never executed. */
    COMMAND_INCLUDE
}
