package dev.bconf.schema;

import java.util.Locale;

/** How Bareos compares resource type and directive names: case and blanks ignored. */
final class Names {

    private Names() {
    }

    /** {@code heartbeatinterval} for {@code Heartbeat Interval}. */
    static String fold(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '\t') {
                folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
