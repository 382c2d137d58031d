package dev.bconf.lint.rules;

import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.model.Block;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Directive;
import dev.bconf.model.Resource;
import dev.bconf.model.UnknownStatement;
import dev.bconf.model.ValueProblem;
import dev.bconf.schema.DaemonSchema;
import dev.bconf.schema.Lifespan;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Walks what a configuration writes: directives and blocks at any depth, with their resource. */
final class Written {

    private Written() {
    }

    /** Every directive written in a resource or in its blocks (inherited and default ones left out). */
    static void directives(DaemonConfig config, BiConsumer<Resource, Directive> visit) {
        // Most daemon rules go through every directive of every resource this way: plain loops.
        for (Resource r : config.resources()) {
            written(r, r.directives(), visit);
            if (!r.blocks().isEmpty()) {
                for (Block b : blocks(ownBlocks(r))) {
                    written(r, b.directives(), visit);
                }
            }
        }
    }

    private static void written(Resource r, List<Directive> directives, BiConsumer<Resource, Directive> visit) {
        for (int i = 0; i < directives.size(); i++) {
            if (directives.get(i).isWritten()) {
                visit.accept(r, directives.get(i));
            }
        }
    }

    /** Every value problem of a written directive or a block, with its resource. */
    static void problems(DaemonConfig config, BiConsumer<Resource, ValueProblem> visit) {
        directives(config, (r, d) -> d.problems().forEach(p -> visit.accept(r, p)));
        for (Resource r : config.resources()) {
            for (Block b : blocks(ownBlocks(r))) {
                b.problems().forEach(p -> visit.accept(r, p));
            }
        }
    }

    /**
     * Unknown statements of a resource and of its blocks, each with when the catalogue knows
     * its keyword in that place in another Bareos version (empty when no version does).
     */
    static void unknown(DaemonSchema schema, Resource r, BiConsumer<UnknownStatement, Optional<Lifespan>> visit) {
        for (UnknownStatement u : r.unknown()) {
            visit.accept(u, schema.directiveLifespan(r.type(), u.keyword().name()));
        }
        for (Block b : blocks(ownBlocks(r))) {
            for (UnknownStatement u : b.unknown()) {
                visit.accept(u, schema.blockItemLifespan(b.schema().datatype(), u.keyword().name()));
            }
        }
    }

    /**
     * The blocks written in the resource itself. A Job without RunScript blocks of its own
     * shares its JobDefs' ones; what is wrong in them is reported once, in the JobDefs.
     */
    static List<Block> ownBlocks(Resource r) {
        if (r.blocks().isEmpty()) {
            return List.of();
        }
        Set<SourceSpan> written = r.node().body().stream().filter(BlockNode.class::isInstance)
                .map(Statement::span).collect(Collectors.toSet());
        return r.blocks().stream().filter(b -> written.contains(b.span())).toList();
    }

    /** Blocks at any depth, outer ones first. */
    static List<Block> blocks(List<Block> top) {
        List<Block> all = new ArrayList<>();
        for (Block b : top) {
            all.add(b);
            all.addAll(blocks(b.blocks()));
        }
        return all;
    }

    /** True when a syntax error lies inside the resource, so its statements may be incomplete. */
    static boolean hasSyntaxError(DaemonConfig config, Resource r) {
        SourceSpan span = r.span();
        return config.syntax().diagnostics().stream()
                .filter(d -> d.rule().equals(ReadingRules.SYNTAX_ERROR))
                .map(d -> d.location())
                .anyMatch(at -> at.file().equals(span.file()) && at.line() >= span.line() && at.line() <= span.endLine());
    }

    /** True for a keyword Bareos can read as one (letters only); others are already syntax errors. */
    static boolean readable(dev.bconf.syntax.Keyword keyword) {
        return keyword.name().chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    static String named(Resource r) {
        return r.type() + r.name().map(n -> " \"" + n + "\"").orElse("");
    }
}
