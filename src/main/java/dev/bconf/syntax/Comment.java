package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.Objects;

/** A {@code #} comment, kept for inline suppressions. {@code text} excludes the {@code #}. */
public record Comment(String text, SourceSpan span) {
    public Comment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
