package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.schema.DirectiveSchema;
import java.util.List;
import java.util.Objects;

/**
 * A braced block of a resource: Job {@code RunScript { }}, FileSet {@code Include { }},
 * {@code Exclude { }} and their {@code Options { }}.
 *
 * @param schema     the directive that opens the block
 * @param span       where it is written
 * @param directives its directives, typed
 * @param blocks     blocks nested in it
 * @param unknown    statements not allowed in it
 * @param problems   what is wrong with how the block is written ({@code RunScript = {}, an
 *                   {@code Options} block inside {@code Exclude})
 */
public record Block(
        DirectiveSchema schema,
        SourceSpan span,
        List<Directive> directives,
        List<Block> blocks,
        List<UnknownStatement> unknown,
        List<ValueProblem> problems) {

    public Block {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(span, "span");
        directives = List.copyOf(directives);
        blocks = List.copyOf(blocks);
        unknown = List.copyOf(unknown);
        problems = List.copyOf(problems);
    }

    public String name() {
        return schema.name();
    }

    /**
     * The same block as a Job sees it when it takes it from its JobDefs: every directive at any
     * depth inherited, and no problems or unknown statements, which belong to the JobDefs where
     * the block is written (as a JobDefs's unknown directives are not the Job's).
     */
    Block inheritedBy(String jobDefs) {
        return new Block(schema, span, directives.stream().map(d -> d.inheritedBy(jobDefs)).toList(),
                blocks.stream().map(b -> b.inheritedBy(jobDefs)).toList(), List.of(), List.of());
    }
}
