package dev.bconf.report;

import java.util.List;

/**
 * A source line as it may be shown, secrets replaced, with the way back from the columns of
 * the line as written to the columns of the line as shown.
 *
 * @param text         the line as shown
 * @param replacements the replaced column ranges of the line as written, in order, not overlapping
 */
record MaskedLine(String text, List<Replacement> replacements) {

    static final String REDACTED = "<redacted>";

    /** Columns {@code from} to {@code to} (1-based, inclusive) of the line as written became {@link #REDACTED}. */
    record Replacement(int from, int to) {
        int growth() {
            return REDACTED.length() - (to - from + 1);
        }
    }

    MaskedLine {
        replacements = List.copyOf(replacements);
    }

    /** Where a span starting at {@code column} of the line as written starts in the line as shown. */
    int start(int column) {
        return shown(column, false);
    }

    /** Where a span ending at {@code column} of the line as written ends in the line as shown. */
    int end(int column) {
        return shown(column, true);
    }

    /** A column inside a replaced range goes to the first or last character of {@link #REDACTED}. */
    private int shown(int column, boolean last) {
        int shift = 0;
        for (Replacement r : replacements) {
            if (column < r.from()) {
                break;
            }
            if (column <= r.to()) {
                return r.from() + shift + (last ? REDACTED.length() - 1 : 0);
            }
            shift += r.growth();
        }
        return column + shift;
    }
}
