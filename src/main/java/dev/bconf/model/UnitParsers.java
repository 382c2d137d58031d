package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * TIME, SIZE32/64, SPEED and MAX_BLOCKSIZE (dialect.md §5.2, res.cc {@code StoreTime},
 * {@code store_int_unit}, edit.cc {@code DurationToUtime}, {@code size_to_uint64}).
 * Their first token may stand on the next line; each following token is read while a
 * plain space follows the last one, which is how {@code 1 day 2 hours} joins and how a
 * {@code }} after a blank gets swallowed.
 */
final class UnitParsers {

    private static final Units TIME = new Units("a time", "expected a time period, got: ",
            List.of("n", "seconds", "months", "minutes", "mins", "hours", "days", "weeks", "quarters", "years"),
            List.of(60.0, 1.0, 2592000.0, 60.0, 60.0, 3600.0, 86400.0, 604800.0, 7862400.0, 31536000.0),
            "Write numbers, each followed by a unit Bareos knows by its first letters: seconds, minutes (`n`, "
                    + "`mi`, `min`), hours, days, weeks, months (`m`), quarters, years. A number alone is seconds; "
                    + "`secs` is not a unit.",
            c -> "expected a time period, got: " + c.text());
    private static final int MONTHS = 2;
    private static final Set<String> LOOKS_LIKE_MINUTES = Set.of("m", "mo", "mon");

    private static final List<Double> SIZE_FACTORS = List.of(1.0, 1024.0, 1000.0, 1048576.0, 1e6, 1073741824.0, 1e9,
            1099511627776.0, 1e12, 1125899906842624.0, 1e15, 1152921504606846976.0, 1e18);
    private static final Units SIZE = new Units("a size", "expected a size, got: ",
            List.of("*", "k", "kb", "m", "mb", "g", "gb", "t", "tb", "p", "pb", "e", "eb"), SIZE_FACTORS,
            "Units are `k`, `m`, `g`, `t`, `p`, `e` (powers of 1024) and `kb`, `mb`, `gb`, `tb`, `pb`, `eb` "
                    + "(powers of 1000); a number alone is bytes. `b`, `bytes` and `KiB` are not units.",
            c -> "expected a size number, got: " + c.last().text());
    private static final Units SPEED = new Units("a speed", "expected a speed, got: ",
            List.of("*", "k/s", "kb/s", "m/s", "mb/s"), SIZE_FACTORS.subList(0, 5),
            "Units are `k/s` (1024), `kb/s` (1000), `m/s` and `mb/s`, also shortened to `k`, `kb`, `m`, `mb`; "
                    + "a number alone is bytes per second. There is no `g/s`.",
            c -> "expected a speed number, got: " + c.last().text());

    /** Bareos's {@code MAX_BLOCK_LENGTH}. */
    private static final long MAX_BLOCK_LENGTH = 20_000_000L;

    private UnitParsers() {
    }

    /** One number and its unit as Bareos split them; {@code unit} is -1 when none was written. */
    private record Term(String written, String modifier, int unit) {
    }

    /** A converted text: the total, whether Bareos accepts it, and its parts. */
    private record Conversion(long total, boolean ok, List<Term> terms) {
    }

    /**
     * One family of units and how Bareos words its refusals.
     *
     * @param what       the value, for messages ("a time")
     * @param wrongToken Bareos's message start for a first token that is no word
     * @param names      the units in Bareos's order: a written unit means the first it abbreviates
     * @param factors    their factors
     * @param help       how to write such a value
     * @param refusal    Bareos's message for a text it cannot convert
     */
    private record Units(String what, String wrongToken, List<String> names, List<Double> factors, String help,
            Function<Collected, String> refusal) {
    }

    private record Collected(String text, BareosToken last, SourceSpan span) {
    }

    private record Converted(Collected collected, Conversion conversion) {
    }

    static Value time(Reader r) {
        Converted c = read(r, TIME);
        long seconds = c.conversion().total();
        c.conversion().terms().stream()
                .filter(t -> t.unit() == MONTHS && LOOKS_LIKE_MINUTES.contains(t.modifier().toLowerCase(Locale.ROOT)))
                .findFirst()
                .ifPresent(t -> r.warn(ValueProblem.Kind.TIME_UNIT_MONTHS, "Bareos reads `" + t.modifier()
                        + "` in `" + t.written() + "` as months, not minutes, so this value is " + seconds
                        + " seconds (about " + seconds / 86400 + " days). Write `min` for minutes, or "
                        + "`months` to say months plainly.", c.collected().span()));
        return new Value.Duration(seconds);
    }

    static Value size64(Reader r) {
        return new Value.Size(read(r, SIZE).conversion().total());
    }

    static Value size32(Reader r) {
        return new Value.Size(read(r, SIZE).conversion().total() & 0xFFFF_FFFFL);
    }

    static Value maxBlockSize(Reader r) {
        long bytes = read(r, SIZE).conversion().total() & 0xFFFF_FFFFL;
        if (bytes > MAX_BLOCK_LENGTH) {
            throw r.reject("Bareos allows at most " + MAX_BLOCK_LENGTH + " bytes here.",
                    "Maximum Block Size configured value " + bytes + " is greater than allowed maximum: "
                            + MAX_BLOCK_LENGTH, r.directive.span());
        }
        return new Value.Size(bytes);
    }

    static Value speed(Reader r) {
        return new Value.Speed(read(r, SPEED).conversion().total());
    }

    /** True when Bareos reads the text as a time (Schedule Run's {@code MaxRunSchedTime}). */
    static boolean isTime(String text) {
        return convert(text, TIME).ok();
    }

    /** True when Bareos reads the text as a size (FileSet Options {@code Size}). */
    static boolean isSize(String text) {
        return convert(text, SIZE).ok();
    }

    /** Collects, converts, and deals with the rest of the line as Bareos does. */
    private static Converted read(Reader r, Units units) {
        Collected c = collect(r, units);
        Conversion conversion = convert(c.text(), units);
        if (!conversion.ok()) {
            throw r.reject("Bareos cannot read `" + c.text() + "` as " + units.what() + ". " + units.help(),
                    units.refusal().apply(c), c.span());
        }
        end(r, c);
        return new Converted(c, conversion);
    }

    /** The tokens Bareos joins into one text, reading on while a space follows. */
    private static Collected collect(Reader r, Units units) {
        BareosToken first = r.tokens.nextSkippingEol(LexMode.DEFAULT);
        if (first.kind() != BareosToken.Kind.NUMBER && first.kind() != BareosToken.Kind.IDENTIFIER
                && first.kind() != BareosToken.Kind.UNQUOTED_STRING) {
            throw r.unexpected(first, units.what(), units.wrongToken() + first.text());
        }
        StringBuilder text = new StringBuilder(first.text());
        SourceSpan span = first.span();
        BareosToken last = first;
        while (r.tokens.ch() == ' ') {
            last = r.tokens.next(LexMode.DEFAULT);
            switch (last.kind()) {
                case NUMBER, IDENTIFIER, UNQUOTED_STRING -> {
                    text.append(last.text());
                    span = span.through(last.span());
                }
                case EOL, EOF, BLOCK_END -> {
                }
                default -> r.dropped(r.tokens.lastFrom(), r.tokens.lastTo(), Optional.of("Bareos ignores `"
                        + last.text() + "` in this value: only words and numbers continue it."));
            }
        }
        return new Collected(text.toString(), last, span);
    }

    /** Unless the line already ended, the rest of it is dropped. */
    private static void end(Reader r, Collected c) {
        if (c.last().kind() == BareosToken.Kind.EOL) {
            return;
        }
        char ch = r.tokens.ch();
        r.scanToEol(Chars.isBlank(ch) && ch != ' '
                ? Optional.of("Bareos reads only `" + c.text() + "`: a tab (or other blank that is not a space) "
                        + "ends this value, so the rest of the line is ignored. Use a space instead.")
                : Optional.empty());
    }

    /** Bareos's {@code parse_number_with_mod}: numbers with optional units, summed. */
    private static Conversion convert(String s, Units units) {
        long total = 0;
        int pos = 0;
        List<Term> terms = new ArrayList<>();
        while (pos < s.length()) {
            Optional<CNumbers.Parsed> number = CNumbers.strtod(s, pos);
            if (number.isEmpty() || number.get().underflow()) {
                return new Conversion(total, false, terms);
            }
            int from = number.get().end();
            while (from < s.length() && Chars.isSpace(s.charAt(from))) {
                from++;
            }
            int to = from;
            while (to < s.length() && !Chars.isDigit(s.charAt(to)) && !Chars.isSpace(s.charAt(to))) {
                to++;
            }
            String modifier = s.substring(from, to);
            int unit = modifier.isEmpty() ? -1 : unitOf(modifier, units.names());
            if (!modifier.isEmpty() && unit < 0) {
                return new Conversion(total, false, terms);
            }
            double factor = unit < 0 ? 1 : units.factors().get(unit);
            total += CNumbers.toUint64(number.get().value() * factor);
            terms.add(new Term(s.substring(pos, to), modifier, unit));
            pos = to;
        }
        return new Conversion(total, true, terms);
    }

    /** The first unit of which the written modifier is an abbreviation, ignoring case. */
    private static int unitOf(String modifier, List<String> units) {
        for (int i = 0; i < units.size(); i++) {
            if (Chars.startsIgnoreCase(units.get(i), modifier)) {
                return i;
            }
        }
        return -1;
    }
}
