package dev.bconf.diagnostic;

/**
 * Shortens the text a message quotes from a configuration: a value can be a line of a hundred
 * thousand characters, and a finding that repeats it is no longer readable. A quoted stretch
 * (between backticks or double quotes, taken in pairs from the start) longer than {@link #MAX}
 * characters keeps its start and its end.
 */
final class Excerpt {

    /** Long enough for any real keyword, address or path. */
    static final int MAX = 80;

    private Excerpt() {
    }

    static String shorten(String message) {
        if (message.length() <= MAX) {
            return message;
        }
        StringBuilder out = new StringBuilder(Math.min(message.length(), 1024));
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            int close = c == '`' || c == '"' ? message.indexOf(c, i + 1) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(c).append(excerpt(message.substring(i + 1, close))).append(c);
            i = close + 1;
        }
        return out.toString();
    }

    private static String excerpt(String quoted) {
        if (quoted.codePointCount(0, quoted.length()) <= MAX) {
            return quoted;
        }
        return quoted.substring(0, quoted.offsetByCodePoints(0, 50)) + " ... "
                + quoted.substring(quoted.offsetByCodePoints(quoted.length(), -20));
    }
}
