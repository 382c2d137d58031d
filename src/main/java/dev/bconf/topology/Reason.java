package dev.bconf.topology;

import dev.bconf.diagnostic.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * One directive that decided a connection, as Bareos uses it.
 *
 * @param setting the directive and value, e.g. {@code Address = 8.8.8.10}; passwords never appear
 * @param where   where it is written; empty when it is the catalogue's default
 */
public record Reason(String setting, Optional<SourceSpan> where) {
    public Reason {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(where, "where");
    }

    public boolean isDefault() {
        return where.isEmpty();
    }
}
