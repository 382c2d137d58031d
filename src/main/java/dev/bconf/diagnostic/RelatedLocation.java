package dev.bconf.diagnostic;

import java.util.Objects;

/** A second place that explains a finding, e.g. the other daemon's side of a mismatch. */
public record RelatedLocation(String message, SourceSpan location) {
    public RelatedLocation {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }
}
