package dev.bconf.model;

/** The lexer options Bareos's value parsers switch on (dialect.md §1.10). */
public enum LexMode {
    /** Letters start identifiers, which swallow blanks and join the following word; digits start numbers. */
    DEFAULT,
    /** Letters and digits start plain words (Plugin Names, FileSet Options values). */
    FORCE_STRING,
    /** Letters start plain words; digits still make numbers (Schedule Run). */
    NO_IDENT
}
