package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code Type { ... }} resource as written. */
public record ResourceNode(Keyword type, List<Statement> body, SourceSpan span) {

    public ResourceNode {
        Objects.requireNonNull(type, "type");
        body = List.copyOf(body);
        Objects.requireNonNull(span, "span");
    }

    /** The directives directly in this resource, in order. */
    public List<DirectiveNode> directives() {
        return body.stream().filter(DirectiveNode.class::isInstance).map(DirectiveNode.class::cast).toList();
    }

    /** The first directive with this name (case and blanks ignored). */
    public Optional<DirectiveNode> directive(String name) {
        return directives().stream().filter(d -> d.keyword().is(name)).findFirst();
    }
}
