package dev.bconf.model;

import java.util.Optional;
import java.util.Set;

/**
 * The syntax errors glibc's {@code regcomp(..., REG_EXTENDED)} reports, which Bareos
 * turns into "Regex compile error". A checker, not a matcher: Java's regular expressions
 * differ from POSIX ones and must not decide this.
 */
final class PosixRegex {

    private static final Set<String> CLASSES = Set.of("alpha", "upper", "lower", "digit", "xdigit", "space",
            "print", "punct", "graph", "cntrl", "blank", "alnum");
    private static final int DUP_MAX = 0x7fff;

    private PosixRegex() {
    }

    /** glibc's message for the first error, or empty when the expression compiles. */
    static Optional<String> error(String re) {
        int depth = 0;
        int groups = 0;
        boolean nothingToRepeat = true;
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 == re.length()) {
                        return Optional.of("Trailing backslash");
                    }
                    char next = re.charAt(i + 1);
                    if (next >= '1' && next <= '9' && next - '0' > groups) {
                        return Optional.of("Invalid back reference");
                    }
                    i += 2;
                    nothingToRepeat = false;
                    continue;
                }
                case '[' -> {
                    int end = bracketEnd(re, i);
                    if (end < 0) {
                        return Optional.of(end == -2 ? "Invalid character class name"
                                : end == -3 ? "Invalid range end" : "Unmatched [, [^, [:, [., or [=");
                    }
                    i = end + 1;
                    nothingToRepeat = false;
                    continue;
                }
                case '(' -> {
                    depth++;
                    groups++;
                    nothingToRepeat = true;
                }
                case ')' -> {
                    depth = Math.max(0, depth - 1);
                    nothingToRepeat = false;
                }
                case '|', '^' -> nothingToRepeat = true;
                case '*', '+', '?' -> {
                    if (nothingToRepeat) {
                        return Optional.of("Invalid preceding regular expression");
                    }
                }
                case '{' -> {
                    Optional<String> interval = interval(re, i, nothingToRepeat);
                    if (interval.isPresent()) {
                        return interval;
                    }
                    i = re.indexOf('}', i) + 1;
                    continue;
                }
                default -> nothingToRepeat = false;
            }
            i++;
        }
        return depth > 0 ? Optional.of("Unmatched ( or \\(") : Optional.empty();
    }

    /** The index of the {@code ]} that closes the bracket at {@code open}; negative codes for errors. */
    private static int bracketEnd(String re, int open) {
        int j = open + 1;
        if (j < re.length() && re.charAt(j) == '^') {
            j++;
        }
        if (j < re.length() && re.charAt(j) == ']') {
            j++;
        }
        while (j < re.length()) {
            char c = re.charAt(j);
            if (c == ']') {
                return j;
            }
            if (c == '[' && j + 1 < re.length() && ":.=".indexOf(re.charAt(j + 1)) >= 0) {
                char kind = re.charAt(j + 1);
                int close = re.indexOf(kind + "]", j + 2);
                if (close < 0) {
                    return -1;
                }
                if (kind == ':' && !CLASSES.contains(re.substring(j + 2, close))) {
                    return -2;
                }
                j = close + 2;
            } else if (j + 2 < re.length() && re.charAt(j + 1) == '-' && re.charAt(j + 2) != ']') {
                if (re.charAt(j + 2) < c) {
                    return -3;
                }
                j += 3;
            } else {
                j++;
            }
        }
        return -1;
    }

    /** An interval {@code {m}}, {@code {m,}} or {@code {m,n}} at {@code open}. */
    private static Optional<String> interval(String re, int open, boolean nothingToRepeat) {
        int close = re.indexOf('}', open);
        if (close < 0) {
            return Optional.of("Unmatched \\{");
        }
        String body = re.substring(open + 1, close);
        if (!body.matches("[0-9]+(,[0-9]*)?")) {
            return Optional.of("Invalid content of \\{\\}");
        }
        if (nothingToRepeat) {
            return Optional.of("Invalid preceding regular expression");
        }
        String[] bounds = body.split(",", -1);
        long min = bound(bounds[0]);
        long max = bounds.length == 1 ? min : bounds[1].isEmpty() ? DUP_MAX : bound(bounds[1]);
        if (min > DUP_MAX || max > DUP_MAX) {
            return Optional.of("Regular expression too big");
        }
        return min > max ? Optional.of("Invalid content of \\{\\}") : Optional.empty();
    }

    private static long bound(String digits) {
        return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
