package dev.bconf.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values inside a FileSet's {@code Include}/{@code Exclude} and {@code Options} blocks
 * (inc_conf.cc; dialect.md §5.3). Options keyword values are read in ForceString mode and
 * checked against Bareos's own table, which knows only {@code yes} and {@code no}, not the
 * BOOLEAN spellings.
 */
final class FileSetParsers {

    private static final List<String> YES_NO = List.of("yes", "no");
    private static final Map<String, List<String>> OPTION_VALUES = Map.ofEntries(
            Map.entry("compression", List.of("gzip", "gzip1", "gzip2", "gzip3", "gzip4", "gzip5", "gzip6", "gzip7",
                    "gzip8", "gzip9", "lzo", "lzfast", "lz4", "lz4hc")),
            Map.entry("signature", List.of("md5", "sha1", "sha256", "sha512", "xxh128")),
            Map.entry("replace", List.of("always", "ifnewer", "never")),
            Map.entry("shadowing", List.of("none", "localwarn", "localremove", "globalwarn", "globalremove")),
            Map.entry("onefs", YES_NO), Map.entry("recurse", YES_NO), Map.entry("sparse", YES_NO),
            Map.entry("hardlinks", YES_NO), Map.entry("readfifo", YES_NO), Map.entry("portable", YES_NO),
            Map.entry("mtimeonly", YES_NO), Map.entry("keepatime", YES_NO), Map.entry("exclude", YES_NO),
            Map.entry("aclsupport", YES_NO), Map.entry("ignorecase", YES_NO), Map.entry("hfsplussupport", YES_NO),
            Map.entry("noatime", YES_NO), Map.entry("enhancedwild", YES_NO), Map.entry("checkfilechanges", YES_NO),
            Map.entry("honornodumpflag", YES_NO), Map.entry("xattrsupport", YES_NO), Map.entry("autoexclude", YES_NO),
            Map.entry("forceencryption", YES_NO));

    private FileSetParsers() {
    }

    /**
     * An Options keyword such as {@code Compression}, {@code OneFS}, {@code Verify}, {@code Size};
     * {@code BaseJob} (until Bareos 24) takes letters like {@code Verify}.
     */
    static Value option(Reader r) {
        String keyword = r.directive.keyword().name().toLowerCase(Locale.ROOT);
        BareosToken t = r.string(LexMode.FORCE_STRING);
        String value = t.text();
        switch (keyword) {
            case "verify" -> letters(r, t, "verify", "ipnugsamcd51");
            case "accurate" -> letters(r, t, "accurate", "ipnugsamcd51A");
            case "basejob" -> letters(r, t, "base job", "ipnugsamcd51");
            case "strippath" -> {
                if (!CNumbers.isAnInteger(value)) {
                    throw r.reject("`" + value + "` is not a positive whole number.",
                            "Expected a strip path positive integer, got: " + value + ":", t.span());
                }
            }
            case "size" -> {
                if (!sizeMatch(value)) {
                    throw r.reject("`" + value + "` is not a size match: write `<size`, `>size`, `size-size` or "
                            + "`size`, with Bareos's size units.", "Expected a parseable size, got: " + value + ":",
                            t.span());
                }
            }
            default -> {
                List<String> allowed = Optional.ofNullable(OPTION_VALUES.get(keyword)).orElseThrow(() -> r.reject(
                        "`" + r.directive.keyword().written() + "` is not a FileSet option.",
                        "Expected a FileSet keyword, got: " + value, t.span()));
                if (allowed.stream().noneMatch(a -> Chars.equalsIgnoreCase(a, value))) {
                    throw r.reject("`" + value + "` is not a value of `" + r.directive.keyword().written()
                            + "`. Bareos accepts " + String.join(", ", allowed) + (allowed == YES_NO
                                    ? " only (FileSet options do not take true/false or 1/0)" : "") + ".",
                            "Expected a FileSet option keyword, got: " + value + ":", t.span());
                }
            }
        }
        if (r.tokens.ch() == ',') {
            r.tokens.next(LexMode.DEFAULT);
        }
        r.scanToEol();
        return new Value.FileSetOption(r.directive.keyword().name(), value);
    }

    /** {@code File} and the Include's {@code Plugin}: a word; unquoted backslashes are refused. */
    static Value fileName(Reader r) {
        BareosToken t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        if (!t.isWord()) {
            throw r.unexpected(t, "a file name", "Expected a filename, got: " + t.text());
        }
        if (t.kind() != BareosToken.Kind.QUOTED_STRING && t.text().contains("\\")) {
            throw r.reject("Bareos refuses an unquoted backslash in a file name. Use forward slashes, or quote the "
                    + "name and double each backslash.", "Backslash found. Use forward slashes or quote the "
                    + "string.: " + t.text(), t.span());
        }
        r.word(t);
        r.scanToEol();
        return new Value.Text(t.text());
    }

    static Value regex(Reader r) {
        return pattern(r, "regex", true);
    }

    static Value wildcard(Reader r) {
        return pattern(r, "wild-card", false);
    }

    static Value fsType(Reader r) {
        return pattern(r, "fstype", false);
    }

    static Value driveType(Reader r) {
        return pattern(r, "Drivetype", false);
    }

    static Value meta(Reader r) {
        return pattern(r, "meta", false);
    }

    private static Value pattern(Reader r, String label, boolean regex) {
        BareosToken t = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        if (!t.isWord()) {
            throw r.unexpected(t, "a " + label + " string", "Expected a " + label + " string, got: " + t.text());
        }
        r.word(t);
        if (regex) {
            Optional<String> error = PosixRegex.error(t.text());
            if (error.isPresent()) {
                throw r.reject("Bareos cannot compile this regular expression (POSIX extended syntax): "
                        + error.get() + ".", "Regex compile error. ERR=" + error.get(), t.span());
            }
        }
        r.scanToEol();
        return new Value.Text(t.text());
    }

    private static void letters(Reader r, BareosToken t, String what, String permitted) {
        for (char c : t.text().toCharArray()) {
            if (permitted.indexOf(c) < 0) {
                throw r.reject("`" + c + "` is not a " + what + " option letter; Bareos knows `" + permitted + "`.",
                        "Illegal " + what + " option " + c + ", got option string: " + t.text() + ":", t.span());
            }
        }
    }

    /** findlib {@code ParseSizeMatch}: {@code a-b}, {@code <a}, {@code >a} or {@code a}. */
    private static boolean sizeMatch(String s) {
        int dash = s.indexOf('-');
        if (dash >= 0) {
            return UnitParsers.isSize(s.substring(0, dash)) && UnitParsers.isSize(s.substring(dash + 1));
        }
        if (s.startsWith("<") || s.startsWith(">")) {
            return UnitParsers.isSize(s.substring(1));
        }
        return UnitParsers.isSize(s);
    }
}
