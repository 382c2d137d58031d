package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;

/** A {@code Keyword { ... }} statement: {@code RunScript}, FileSet {@code Include}, {@code Options}. */
public record BlockNode(Keyword keyword, List<Statement> body, SourceSpan span) implements Statement {
    public BlockNode {
        Objects.requireNonNull(keyword, "keyword");
        body = List.copyOf(body);
        Objects.requireNonNull(span, "span");
    }
}
