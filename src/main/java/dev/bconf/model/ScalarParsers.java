package dev.bconf.model;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Single-word values: names, strings, directories, references, booleans and integers
 * (res.cc {@code StoreName}, {@code StoreStr}, {@code StoreRes}, {@code StoreBool},
 * {@code store_pint32}, ...). All of them drop the rest of their line.
 */
final class ScalarParsers {

    /** The punctuation IsNameValid accepts besides ASCII letters and digits. */
    private static final String NAME_PUNCTUATION = ":.-_/ ";
    private static final List<String> TRUE_WORDS = List.of("yes", "true", "1");
    private static final List<String> FALSE_WORDS = List.of("no", "false", "0");

    private ScalarParsers() {
    }

    static Value name(Reader r) {
        BareosToken t = r.name();
        checkName(r, t);
        r.scanToEol();
        return new Value.Name(t.text());
    }

    /** STRNAME: a name-length word without the character check. */
    static Value strname(Reader r) {
        BareosToken t = r.name();
        if (r.directive.keyword().is("LabelFormat") && (t.text().contains("$") || t.text().contains("["))) {
            r.warn(ValueProblem.Kind.DEPRECATED_SPELLING, "Bareos warns that variable substitutions in "
                    + "LabelFormat are deprecated. Use a fixed prefix; Bareos appends the volume number itself.",
                    t.span());
        }
        r.scanToEol();
        return new Value.Text(t.text());
    }

    static Value string(Reader r) {
        return rest(r, r.string(), Value.Text::new);
    }

    /** A NAME-token text without checks: Options {@code Plugin}, {@code ExcludeDirContaining}. */
    static Value nameText(Reader r) {
        return rest(r, r.name(), Value.Text::new);
    }

    static Value directory(Reader r) {
        return rest(r, r.string(), Value.Directory::new);
    }

    static Value reference(Reader r) {
        return rest(r, r.name(), Value.ResourceRef::new);
    }

    static Value device(Reader r) {
        return rest(r, r.name(), Value.DeviceName::new);
    }

    /** The value is the one word read; the rest of the line is dropped. */
    private static Value rest(Reader r, BareosToken word, Function<String, Value> value) {
        r.scanToEol();
        return value.apply(word.text());
    }

    static Value bool(Reader r) {
        BareosToken t = r.name();
        String word = t.text();
        boolean value;
        if (TRUE_WORDS.stream().anyMatch(w -> Chars.equalsIgnoreCase(w, word))) {
            value = true;
        } else if (FALSE_WORDS.stream().anyMatch(w -> Chars.equalsIgnoreCase(w, word))) {
            value = false;
        } else {
            throw r.reject("`" + word + "` is not a yes/no value. Write `yes` or `no` (`on` and `off` are not "
                    + "accepted).", "Expect YES or NO, got: " + word, t.span());
        }
        if (!Chars.equalsIgnoreCase(word, "yes") && !Chars.equalsIgnoreCase(word, "no")) {
            r.warn(ValueProblem.Kind.DEPRECATED_SPELLING, "Bareos still accepts `" + word + "` but warns: "
                    + "\"setting boolean value via true/false/1/0 is deprecated; only yes/no will be supported in "
                    + "newer versions\". Write `" + (value ? "yes" : "no") + "`.", t.span());
        }
        r.scanToEol();
        return new Value.Bool(value);
    }

    /** INT16/32/64: only an unquoted run of digits ({@code BCT_NUMBER}), wrapped to {@code bits}. */
    static Value integer(Reader r, int bits) {
        BareosToken t = r.tokens.next(LexMode.DEFAULT);
        if (t.kind() != BareosToken.Kind.NUMBER || !CNumbers.isANumber(t.text())) {
            throw r.reject("`" + t.text() + "` is not a whole number written with digits only. Bareos refuses "
                    + "signs, quotes and fractions here.", "expected an integer number, got "
                    + t.kind().bareosName() + ": " + t.text(), t.span());
        }
        long value = CNumbers.strToInt64(t.text());
        r.scanToEol();
        return new Value.Int(bits == 64 ? value : (value << (64 - bits)) >> (64 - bits));
    }

    /** PINT16/32: any token that reads as a number; the fraction is cut off and the value wraps. */
    static Value positive(Reader r, int bits) {
        long value = positive(r, r.tokens.next(LexMode.DEFAULT), bits);
        r.scanToEol();
        return new Value.Int(value);
    }

    /** Bareos's {@code scan_pint} on a token already read, whatever its kind. */
    static long positive(Reader r, BareosToken t, int bits) {
        String bareos = "expected a positive integer number, got: " + t.text();
        if (t.kind() == BareosToken.Kind.EOL || t.kind() == BareosToken.Kind.BLOCK_END) {
            throw r.unexpected(t, "a number", bareos);
        }
        long value = CNumbers.strToInt64(t.text());
        if (!CNumbers.isANumber(t.text()) || value < 0) {
            throw r.reject("`" + t.text() + "` is not a positive whole number. Bareos reads the leading number "
                    + "of a decimal or exponent (`1.5` is 1) but refuses negative numbers, hexadecimal and "
                    + "words.", bareos, t.span());
        }
        return value & ((1L << bits) - 1);
    }

    /** RunScript {@code Target} and {@code RunsOnClient}: a client name, {@code %c}, yes or no. */
    static Value runScriptTarget(Reader r) {
        BareosToken t = r.string();
        String target = t.text();
        if (Chars.equalsIgnoreCase(target, "yes")) {
            target = "%c";
        } else if (Chars.equalsIgnoreCase(target, "no")) {
            target = "";
        }
        r.scanToEol();
        return new Value.Text(target);
    }

    /** A block directive written with {@code =} ({@code RunScript = {}): Bareos wants the brace right after the keyword. */
    static Value blockWithEquals(Reader r, String bareos) {
        String keyword = r.directive.keyword().written();
        throw r.reject("`" + keyword + "` takes a block without `=`: write `" + keyword + " {`.", bareos,
                r.directive.keyword().span());
    }

    /** Bareos's {@code IsNameValid}, in its order of checks. */
    private static void checkName(Reader r, BareosToken t) {
        String name = t.text();
        if (name.startsWith(" ")) {
            throw r.reject("A name cannot start with a blank. Remove it.", "Name cannot start with space.",
                    t.span());
        }
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            if (!(c < 128 && (Chars.isLetter((char) c) || Chars.isDigit((char) c)
                    || NAME_PUNCTUATION.indexOf(c) >= 0))) {
                String ch = new String(Character.toChars(c));
                throw r.reject("The character `" + ch + "` is not allowed in a name. Names may hold ASCII letters, "
                        + "digits, blanks (inside quotes) and `: . - _ /`.", "Illegal character \""
                        + bareosChar(ch) + "\" in name.", t.span());
            }
        }
        if (name.isEmpty()) {
            throw r.reject("A name cannot be empty.", "Name must be at least one character long.", t.span());
        }
        if (name.endsWith(" ")) {
            throw r.reject("A name cannot end with a blank. Remove it.", "Name cannot end with space.", t.span());
        }
    }

    /** Bareos prints the offending byte; the first byte of a multi-byte character as {@code \xHH}. */
    private static String bareosChar(String ch) {
        int c = ch.codePointAt(0);
        if (c >= 0x20 && c < 0x7F) {
            return ch;
        }
        return String.format(Locale.ROOT, "\\x%02X", ch.getBytes(StandardCharsets.UTF_8)[0] & 0xFF);
    }
}
