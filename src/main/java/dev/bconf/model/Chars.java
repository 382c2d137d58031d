package dev.bconf.model;

/** Bareos's character classes: ASCII only, whatever the locale (dialect.md §1.1). */
final class Chars {

    private Chars() {
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Blanks inside a line: space, tab, vertical tab, form feed. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
    }

    /** C's {@code isspace}: blanks and line breaks. */
    static boolean isSpace(char c) {
        return isBlank(c) || c == '\n' || c == '\r';
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Bareos's {@code Bstrcasecmp}: equal ignoring ASCII case. */
    static boolean equalsIgnoreCase(String a, String b) {
        return a.length() == b.length() && startsIgnoreCase(b, a);
    }

    /** True when {@code prefix} is a prefix of {@code s}, ignoring ASCII case. */
    static boolean startsIgnoreCase(String s, String prefix) {
        if (prefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (lower(s.charAt(i)) != lower(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
