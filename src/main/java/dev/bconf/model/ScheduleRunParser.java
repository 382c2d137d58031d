package dev.bconf.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Schedule {@code Run} line (run_conf.cc {@code StoreRun}, dialect.md §5.4), read with
 * the {@code NoIdent} lexer option: words separated by blanks, digits still numbers. First
 * {@code Key=value} overrides and bare level words, then date and time words up to the
 * end of the line; there is no end-of-line scan, so any unknown word is an error.
 */
final class ScheduleRunParser {

    private static final List<String> FIELDS = List.of("pool", "fullpool", "incrementalpool", "differentialpool",
            "nextpool", "level", "storage", "messages", "priority", "spooldata", "maxrunschedtime", "accurate");

    private enum State { NONE, AT, LAST, WDAY, MONTH, DAILY, WEEKLY, MONTHLY, HOURLY, WOM }

    private record Word(State state, int code) {
    }

    private static final Map<String, Word> WORDS = words();

    private final Reader r;
    private boolean haveAt;

    private ScheduleRunParser(Reader r) {
        this.r = r;
    }

    static Value parse(Reader r) {
        return new ScheduleRunParser(r).run();
    }

    private Value run() {
        List<Value.ScheduleRun.Setting> settings = new ArrayList<>();
        BareosToken t;
        while (true) {
            t = r.name(LexMode.NO_IDENT);
            String word = t.text();
            Optional<String> field = FIELDS.stream().filter(f -> Chars.equalsIgnoreCase(f, word)).findFirst();
            if (field.isPresent()) {
                BareosToken equals = r.tokens.next(LexMode.NO_IDENT);
                if (equals.kind() != BareosToken.Kind.EQUALS) {
                    throw r.reject("Bareos expects `=` right after `" + word + "`.", "Expected an equals, got: "
                            + equals.text(), equals.span());
                }
                settings.add(new Value.ScheduleRun.Setting(field.get(), setting(field.get())));
                continue;
            }
            Optional<String> level = Choices.LEVELS.find(word);
            if (level.isEmpty()) {
                break;
            }
            settings.add(new Value.ScheduleRun.Setting("level", level.get()));
        }
        List<String> when = new ArrayList<>();
        for (; t.kind() != BareosToken.Kind.EOL; t = r.tokens.next(LexMode.NO_IDENT)) {
            switch (t.kind()) {
                case NUMBER -> day(t);
                case UNQUOTED_STRING -> dateWord(t);
                case COMMA -> {
                    continue;
                }
                default -> throw r.reject(t.kind() == BareosToken.Kind.BLOCK_END
                        ? "A Run line must end with its line: Bareos refuses a `}` after it. Put the `}` on a line "
                                + "of its own."
                        : "`" + t.text() + "` cannot stand in a Run line.", "Unexpected token: " + t.kind().code()
                                + ":" + t.text(), t.span());
            }
            when.add(t.text());
        }
        return new Value.ScheduleRun(settings, when);
    }

    private String setting(String field) {
        switch (field) {
            case "spooldata", "accurate" -> {
                BareosToken t = r.name(LexMode.NO_IDENT);
                if (List.of("yes", "true", "no", "false").stream().noneMatch(w -> Chars.equalsIgnoreCase(w, t.text()))) {
                    throw r.reject("`" + t.text() + "` is not a yes/no value.", "Expect a YES or NO, got: " + t.text(),
                            t.span());
                }
                return t.text();
            }
            case "level" -> {
                BareosToken t = r.name(LexMode.NO_IDENT);
                return Choices.LEVELS.find(t.text()).orElseThrow(() -> r.reject("`" + t.text() + "` is not a job "
                        + "level.", "Job level field: " + t.text() + " not found in run record", t.span()));
            }
            case "priority" -> {
                BareosToken t = r.tokens.next(LexMode.NO_IDENT);
                return Long.toString(ScalarParsers.positive(r, t, 32));
            }
            case "maxrunschedtime" -> {
                BareosToken t = r.tokens.next(LexMode.NO_IDENT);
                if (!UnitParsers.isTime(t.text())) {
                    throw r.reject("Bareos cannot read `" + t.text() + "` as a time.", "expected a time period, got: "
                            + t.text(), t.span());
                }
                return t.text();
            }
            default -> {
                return r.name(LexMode.NO_IDENT).text();
            }
        }
    }

    private void day(BareosToken t) {
        int code = CNumbers.atoi(t.text()) - 1;
        if (code < 0 || code > 30) {
            throw r.reject("Days of the month go from 1 to 31.", "Day number out of range (1-31)", t.span());
        }
    }

    private void dateWord(BareosToken t) {
        String s = t.text();
        if (s.contains("-")) {
            range(t, s.substring(0, s.indexOf('-')), s.substring(s.indexOf('-') + 1));
        } else if (s.contains(":")) {
            time(t, s);
        } else if (s.contains("/")) {
            modulo(t, s.substring(0, s.indexOf('/')), s.substring(s.indexOf('/') + 1));
        } else if (isWeek(s)) {
            int week = CNumbers.atoi(s.substring(1));
            if (week > 53) {
                throw r.reject("Weeks of the year go from w00 to w53.", "Week number out of range (0-53)", t.span());
            }
        } else {
            Word w = word(s).orElseThrow(() -> r.reject("`" + s + "` is not a word Bareos knows in a Run line: "
                    + "write weekdays, months, 1st...5th, last, daily, weekly, monthly, hourly, day numbers, "
                    + "wNN weeks, `at HH:MM`.", "Job type field: " + s + " in run record not found", t.span()));
            haveAt |= w.state() == State.AT;
        }
    }

    private void time(BareosToken t, String s) {
        if (!haveAt) {
            throw r.reject("A time needs `at` before it: `at " + s + "`.", "Time must be preceded by keyword AT.",
                    t.span());
        }
        String minutes = s.substring(s.indexOf(':') + 1);
        int hour = CNumbers.atoi(s.substring(0, s.indexOf(':')));
        int minute = CNumbers.atoi(minutes);
        String suffix = minutes.length() >= 2 ? minutes.substring(2) : minutes;
        boolean pm = Chars.equalsIgnoreCase(suffix, "pm");
        boolean am = Chars.equalsIgnoreCase(suffix, "am");
        if (!pm && !am && minutes.length() != 2) {
            throw badTime(t);
        }
        if (pm && hour != 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw badTime(t);
        }
    }

    private Reader.Rejection badTime(BareosToken t) {
        return r.reject("`" + t.text() + "` is not a time: write HH:MM, 00:00 to 23:59, optionally with am/pm.",
                "Bad time specification.", t.span());
    }

    private void modulo(BareosToken t, String first, String second) {
        if (CNumbers.isAnInteger(first) && CNumbers.isAnInteger(second)) {
            int offset = CNumbers.atoi(first) - 1;
            int every = CNumbers.atoi(second);
            check(t, offset < 0 || offset > 30 || every < 0 || every > 30, "Bad day specification in modulo.");
            check(t, offset > every, "Bad day specification, offset must always be <= than modulo.");
            check(t, every == 0, "");
        } else if (isWeek(first) && isWeek(second)) {
            int offset = CNumbers.atoi(first.substring(1));
            int every = CNumbers.atoi(second.substring(1));
            check(t, offset > 53 || every > 53, "Week number out of range (0-53) in modulo");
            check(t, offset > every, "Bad week number specification in modulo, offset must always be <= than modulo.");
            check(t, every == 0, "");
        } else {
            check(t, true, "Bad modulo time specification. Format for weekdays is '01/02', for yearweeks is "
                    + "'w01/w02'.");
        }
    }

    private void range(BareosToken t, String first, String second) {
        if (CNumbers.isAnInteger(first) && CNumbers.isAnInteger(second)) {
            int from = CNumbers.atoi(first) - 1;
            int to = CNumbers.atoi(second) - 1;
            check(t, from < 0 || from > 30 || to < 0 || to > 30, "Bad day range specification.");
        } else if (isWeek(first) && isWeek(second)) {
            check(t, CNumbers.atoi(first.substring(1)) > 53 || CNumbers.atoi(second.substring(1)) > 53,
                    "Week number out of range (0-53)");
        } else {
            Optional<Word> from = word(first).filter(w -> w.state() == State.MONTH || w.state() == State.WDAY
                    || w.state() == State.WOM);
            check(t, from.isEmpty(), "Invalid month, week or position day range");
            Optional<Word> to = word(second);
            check(t, to.isEmpty() || to.get().state() != from.get().state() || to.get().code() == from.get().code(),
                    "Invalid month, weekday or position range");
        }
    }

    /** An error Bareos reports for this date word; an empty message where Bareos crashes instead. */
    private void check(BareosToken t, boolean wrong, String bareos) {
        if (wrong) {
            throw r.reject(bareos.isEmpty() ? "`" + t.text() + "` divides by zero: Bareos crashes reading it."
                    : "`" + t.text() + "` is not a valid date range or interval.", bareos, t.span());
        }
    }

    private static boolean isWeek(String s) {
        return s.length() == 3 && Chars.lower(s.charAt(0)) == 'w' && CNumbers.isAnInteger(s.substring(1));
    }

    private static Optional<Word> word(String s) {
        return WORDS.entrySet().stream().filter(e -> Chars.equalsIgnoreCase(e.getKey(), s))
                .map(Map.Entry::getValue).findFirst();
    }

    private static Map<String, Word> words() {
        Map<String, Word> m = new LinkedHashMap<>();
        m.put("on", new Word(State.NONE, 0));
        m.put("at", new Word(State.AT, 0));
        m.put("last", new Word(State.LAST, 0));
        String[] days = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
        String[] longDays = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
        for (int i = 0; i < days.length; i++) {
            m.put(days[i], new Word(State.WDAY, i));
            m.put(longDays[i], new Word(State.WDAY, i));
        }
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String[] longMonths = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
        for (int i = 0; i < months.length; i++) {
            m.put(months[i], new Word(State.MONTH, i));
            m.putIfAbsent(longMonths[i], new Word(State.MONTH, i));
        }
        m.put("daily", new Word(State.DAILY, 0));
        m.put("weekly", new Word(State.WEEKLY, 0));
        m.put("monthly", new Word(State.MONTHLY, 0));
        m.put("hourly", new Word(State.HOURLY, 0));
        String[] positions = {"1st", "2nd", "3rd", "4th", "5th"};
        String[] longPositions = {"first", "second", "third", "fourth", "fifth"};
        for (int i = 0; i < positions.length; i++) {
            m.put(positions[i], new Word(State.WOM, i));
            m.put(longPositions[i], new Word(State.WOM, i));
        }
        return Map.copyOf(m);
    }
}
