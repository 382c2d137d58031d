package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.Collections;
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
        List<DirectiveNode> directives = new ArrayList<>(body.size());
        for (Statement s : body) {
            if (s instanceof DirectiveNode d) {
                directives.add(d);
            }
        }
        return Collections.unmodifiableList(directives);
    }

    /** The first directive with this name (case and blanks ignored). */
    public Optional<DirectiveNode> directive(String name) {
        for (Statement s : body) {
            if (s instanceof DirectiveNode d && d.keyword().is(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
