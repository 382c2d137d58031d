package dev.bconf.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A time in seconds in the words Bareos's {@code show} command uses ({@code 1 year 5 days
 * 3 hours}), so that an export reads like what the daemon reports: a year is 365 days and a
 * month 30, as in Bareos.
 */
final class DurationText {

    private static final long[] UNIT_SECONDS = {365L * 86400, 30L * 86400, 86400, 3600, 60, 1};
    private static final String[] UNIT_NAMES = {"year", "month", "day", "hour", "min", "sec"};

    private DurationText() {
    }

    static String of(long seconds) {
        if (seconds == 0) {
            return "0 secs";
        }
        // Bareos's type is signed; the magnitude of Long.MIN_VALUE only fits unsigned.
        long rest = seconds < 0 ? -seconds : seconds;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < UNIT_SECONDS.length; i++) {
            long times = Long.divideUnsigned(rest, UNIT_SECONDS[i]);
            if (times != 0) {
                rest = Long.remainderUnsigned(rest, UNIT_SECONDS[i]);
                parts.add(Long.toUnsignedString(times) + " " + UNIT_NAMES[i] + (times == 1 ? "" : "s"));
            }
        }
        return (seconds < 0 ? "-" : "") + String.join(" ", parts);
    }
}
