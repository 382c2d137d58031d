package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.schema.DirectiveSchema;
import dev.bconf.syntax.DirectiveNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One directive of a resource with its typed value.
 *
 * @param schema        what the catalogue says about the directive (canonical name, datatype, ...)
 * @param origin        written, inherited from a JobDefs, or defaulted
 * @param node          the statement as written (in the JobDefs when inherited); empty for defaults
 * @param aliasWritten  the alias spelling used ({@code FdPort} for {@code Port}), if any
 * @param value         the value Bareos stores; empty when Bareos refuses it or has no default
 * @param problems      what is wrong or surprising about the written value
 * @param inheritedFrom the JobDefs the value came from
 */
public record Directive(
        DirectiveSchema schema,
        Origin origin,
        Optional<DirectiveNode> node,
        Optional<String> aliasWritten,
        Optional<Value> value,
        List<ValueProblem> problems,
        Optional<String> inheritedFrom) {

    public Directive {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(aliasWritten, "aliasWritten");
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        Objects.requireNonNull(inheritedFrom, "inheritedFrom");
    }

    /** The canonical name. */
    public String name() {
        return schema.name();
    }

    /** Where it was written; empty for a default. */
    public Optional<SourceSpan> span() {
        return node.map(DirectiveNode::span);
    }

    public boolean isWritten() {
        return origin == Origin.WRITTEN;
    }

    /** The same directive with one more problem found by looking at its neighbours. */
    Directive withProblem(ValueProblem problem) {
        List<ValueProblem> more = new java.util.ArrayList<>(problems);
        more.add(problem);
        return new Directive(schema, origin, node, aliasWritten, value, more, inheritedFrom);
    }

    /**
     * The directive without the statement as written, whose tokens hold a password's text in
     * clear; a password value redacts itself. {@code toString()} ends up in logs and reports.
     */
    @Override
    public String toString() {
        return "Directive[" + name() + aliasWritten.map(a -> " (written " + a + ")").orElse("") + ", " + origin
                + span().map(s -> " at " + s).orElse("") + inheritedFrom.map(j -> " from JobDefs " + j).orElse("")
                + ", value=" + value.map(Object::toString).orElse("none") + ", problems=" + problems + "]";
    }

    /** The same directive as a Job sees it when its JobDefs sets it. */
    Directive inheritedBy(String jobDefs) {
        return new Directive(schema, Origin.INHERITED, node, aliasWritten, value, List.of(), Optional.of(jobDefs));
    }
}
