package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;

/** A braced block inside a value, e.g. {@code Addresses = { ip = { addr = ... } }}. */
public record ValueBlock(List<Statement> statements, SourceSpan span) implements ValuePart {
    public ValueBlock {
        statements = List.copyOf(statements);
        Objects.requireNonNull(span, "span");
    }
}
