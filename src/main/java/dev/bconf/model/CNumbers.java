package dev.bconf.model;

import java.util.Optional;

/**
 * The C number conversions Bareos's parsers use, with their quirks: {@code Is_a_number},
 * {@code str_to_int64} (wraps silently), {@code atol}/{@code atoi} (stop at the first
 * non-digit), {@code strtod} (decimal, hexadecimal, inf, nan) and the double to
 * {@code uint64_t} cast.
 */
final class CNumbers {

    private static final double TWO_63 = 9.223372036854775808E18;

    private CNumbers() {
    }

    /** A number {@code strtod} read, and where it stopped. */
    record Parsed(double value, int end, boolean underflow) {
    }

    /** {@code Is_a_number}: optional sign, digits, optional fraction and exponent, nothing else. */
    static boolean isANumber(String n) {
        int i = 0;
        int len = n.length();
        if (i < len && (n.charAt(i) == '-' || n.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        i = skipDigits(n, i);
        boolean digitSeen = i > digits;
        if (digitSeen && i < len && n.charAt(i) == '.') {
            i = skipDigits(n, i + 1);
        }
        if (digitSeen && i < len && (n.charAt(i) == 'e' || n.charAt(i) == 'E')
                && ((i + 1 < len && Chars.isDigit(n.charAt(i + 1)))
                        || (i + 2 < len && (n.charAt(i + 1) == '-' || n.charAt(i + 1) == '+')
                                && Chars.isDigit(n.charAt(i + 2))))) {
            i = skipDigits(n, i + 2);
        }
        return digitSeen && i == len;
    }

    /** {@code IsAnInteger}: one or more digits and nothing else. */
    static boolean isAnInteger(String s) {
        return !s.isEmpty() && skipDigits(s, 0) == s.length();
    }

    /** {@code str_to_int64}: sign and leading digits, wrapping modulo 2^64 like the C code. */
    static long strToInt64(String s) {
        int i = skipSpaces(s, 0);
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        i = skipSpaces(s, i);
        if (i < s.length() && s.charAt(i) == '+') {
            i++;
        }
        long value = 0;
        for (; i < s.length() && Chars.isDigit(s.charAt(i)); i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return negative ? -value : value;
    }

    /** glibc's {@code atol}: leading blanks, sign and digits; saturates on overflow. */
    static long atol(String s) {
        int i = skipSpaces(s, 0);
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        for (; i < s.length() && Chars.isDigit(s.charAt(i)); i++) {
            int d = s.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - d) / 10) {
                return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            value = value * 10 + d;
        }
        return negative ? -value : value;
    }

    /** {@code atoi}: {@link #atol} cut to an {@code int} the way C casts do. */
    static int atoi(String s) {
        return (int) atol(s);
    }

    /** {@code strtod} from {@code from}; empty when no number starts there. */
    static Optional<Parsed> strtod(String s, int from) {
        int i = skipSpaces(s, from);
        int start = i;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        boolean negative = i > start && s.charAt(start) == '-';
        Optional<Parsed> special = special(s, i, negative);
        if (special.isPresent()) {
            return special;
        }
        if (i + 1 < s.length() && s.charAt(i) == '0' && Chars.lower(s.charAt(i + 1)) == 'x') {
            Optional<Parsed> hex = hex(s, i + 2, negative);
            if (hex.isPresent()) {
                return hex;
            }
        }
        int mantissa = i;
        i = skipDigits(s, i);
        boolean digits = i > mantissa;
        if (i < s.length() && s.charAt(i) == '.') {
            int fraction = i + 1;
            int end = skipDigits(s, fraction);
            digits |= end > fraction;
            i = digits ? end : i;
        }
        if (!digits) {
            return Optional.empty();
        }
        i = exponent(s, i, 'e');
        String literal = s.substring(start, i);
        double value = Double.parseDouble(literal);
        String mantissaText = literal.split("[eE]", 2)[0];
        boolean underflow = value == 0 && mantissaText.chars().anyMatch(c -> c >= '1' && c <= '9');
        return Optional.of(new Parsed(value, i, underflow));
    }

    /**
     * {@code static_cast<uint64_t>(double)} as x86-64 builds of Bareos do it; the C++
     * standard leaves negative and too large values undefined.
     */
    static long toUint64(double x) {
        if (Double.isNaN(x)) {
            return Long.MIN_VALUE;
        }
        if (x < TWO_63) {
            return (long) x;
        }
        double high = x - TWO_63;
        return (high < TWO_63 ? (long) high : Long.MIN_VALUE) ^ Long.MIN_VALUE;
    }

    private static Optional<Parsed> special(String s, int i, boolean negative) {
        String rest = s.substring(i);
        double sign = negative ? -1 : 1;
        if (Chars.startsIgnoreCase(rest, "infinity")) {
            return Optional.of(new Parsed(sign * Double.POSITIVE_INFINITY, i + 8, false));
        }
        if (Chars.startsIgnoreCase(rest, "inf")) {
            return Optional.of(new Parsed(sign * Double.POSITIVE_INFINITY, i + 3, false));
        }
        if (Chars.startsIgnoreCase(rest, "nan")) {
            int end = i + 3;
            int close = s.indexOf(')', end);
            if (end < s.length() && s.charAt(end) == '(' && close > end
                    && s.substring(end + 1, close).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                end = close + 1;
            }
            return Optional.of(new Parsed(Double.NaN, end, false));
        }
        return Optional.empty();
    }

    private static Optional<Parsed> hex(String s, int from, boolean negative) {
        int i = skipHex(s, from);
        boolean digits = i > from;
        String integer = s.substring(from, i);
        String fraction = "";
        if (i < s.length() && s.charAt(i) == '.') {
            int end = skipHex(s, i + 1);
            if (digits || end > i + 1) {
                fraction = s.substring(i + 1, end);
                digits = true;
                i = end;
            }
        }
        if (!digits) {
            return Optional.empty();
        }
        int exponentStart = i;
        i = exponent(s, i, 'p');
        String exp = i > exponentStart ? s.substring(exponentStart + 1, i) : "0";
        double value = Double.parseDouble("0x" + (integer.isEmpty() ? "0" : integer) + "." + fraction + "p" + exp);
        return Optional.of(new Parsed(negative ? -value : value, i, false));
    }

    /** Past an exponent introduced by {@code marker}, when digits follow it; else {@code i}. */
    private static int exponent(String s, int i, char marker) {
        if (i < s.length() && Chars.lower(s.charAt(i)) == marker) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int end = skipDigits(s, j);
            if (end > j) {
                return end;
            }
        }
        return i;
    }

    private static int skipDigits(String s, int i) {
        while (i < s.length() && Chars.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipHex(String s, int i) {
        while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Chars.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
