package dev.bconf.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * The Bareos versions in which a directive or resource type exists, and from which on it is
 * deprecated.
 *
 * <p>An empty {@code since} means it was already there in the oldest catalogued version and no
 * catalogue names an earlier start, so it is taken to exist in every earlier version too.
 * Where a catalogue only shows that something appeared or vanished between two catalogued
 * releases, the first release of the later series is taken ({@code 23.0.0} for a directive
 * first seen in the 23.1.7 catalogue): Bareos adds and removes directives in major releases.
 *
 * @param since           the first version that has it
 * @param until           the first version that no longer has it
 * @param deprecated      true when it is deprecated in some version
 * @param deprecatedSince the first version that deprecates it; empty with {@code deprecated}
 *                        when it was already deprecated in the oldest catalogued version
 */
public record Lifespan(
        Optional<BareosVersion> since,
        Optional<BareosVersion> until,
        boolean deprecated,
        Optional<BareosVersion> deprecatedSince) {

    public Lifespan {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(deprecatedSince, "deprecatedSince");
        if (deprecatedSince.isPresent() && !deprecated) {
            throw new IllegalArgumentException("deprecatedSince without deprecated");
        }
        if (since.isPresent() && until.isPresent() && !until.get().isAtLeast(since.get())) {
            throw new IllegalArgumentException("removed in " + until.get() + " before added in " + since.get());
        }
    }

    /** True when {@code version} has it. */
    public boolean existsIn(BareosVersion version) {
        return since.map(version::isAtLeast).orElse(true)
                && until.map(u -> !version.isAtLeast(u)).orElse(true);
    }

    /** True when {@code version} has it and marks it deprecated. */
    public boolean isDeprecatedIn(BareosVersion version) {
        return existsIn(version) && deprecated && deprecatedSince.map(version::isAtLeast).orElse(true);
    }
}
