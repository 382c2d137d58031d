package dev.bconf.diagnostic;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from least to most serious. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** The lower-case name used on the command line and in JSON ({@code error}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label as written by users, ignoring case. */
    public static Optional<Severity> fromLabel(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
