package dev.bconf.schema;

import java.util.Locale;

/** How Bareos compares resource type and directive names: case and blanks ignored. */
final class Names {

    private Names() {
    }

    /** {@code heartbeatinterval} for {@code Heartbeat Interval}. */
    static String fold(String name) {
        if (isFolded(name)) {
            return name;
        }
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '\t') {
                folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** Most lookups are of names already folded; they need no copy. */
    private static boolean isFolded(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ' || c == '\t' || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }
}
