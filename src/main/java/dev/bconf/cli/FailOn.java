package dev.bconf.cli;

import dev.bconf.diagnostic.Severity;
import java.util.Locale;
import java.util.Optional;

/** The level of finding that makes {@code check} exit with 1. */
enum FailOn {
    error, warning, info, never;

    /** The least severity that fails; empty for {@code never}. */
    Optional<Severity> threshold() {
        return this == never ? Optional.empty() : Severity.fromLabel(name());
    }

    static Optional<FailOn> fromLabel(String text) {
        try {
            return Optional.of(valueOf(text.strip().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
