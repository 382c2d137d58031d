package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.Objects;

/** An {@code @|command} include standing where a directive could; bconf never runs it. */
public record CommandInclude(String command, SourceSpan span) implements Statement {
    public CommandInclude {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(span, "span");
    }
}
