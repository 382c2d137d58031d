package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.Locale;
import java.util.Objects;

/**
 * A resource type or directive name.
 *
 * @param name    the name with the blanks removed, as Bareos reads it ({@code HeartbeatInterval}
 *                for {@code Heartbeat Interval})
 * @param written the name as written, blanks included
 * @param span    where it was written
 */
public record Keyword(String name, String written, SourceSpan span) {

    public Keyword {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(span, "span");
    }

    /** The form Bareos compares keywords in: no blanks, lower case. */
    public String folded() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** True when Bareos would take this for the given keyword (case and blanks ignored). */
    public boolean is(String keyword) {
        return name.equalsIgnoreCase(keyword.replace(" ", ""));
    }
}
