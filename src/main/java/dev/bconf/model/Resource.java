package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.schema.DirectiveSchema;
import dev.bconf.schema.ResourceSchema;
import dev.bconf.syntax.CommandInclude;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.ResourceNode;
import dev.bconf.syntax.Statement;
import dev.bconf.syntax.TokenKind;
import dev.bconf.syntax.ValueToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource with its typed directives: those written in it, those a Job inherits from
 * its JobDefs, and (on request) the catalogue's defaults for the rest. Immutable.
 */
public final class Resource {

    private final String type;
    private final Optional<ResourceSchema> schema;
    private final Optional<String> typeAlias;
    private final ResourceNode node;
    private final List<Directive> directives;
    private final List<Block> blocks;
    private final List<UnknownStatement> unknown;
    private final Defaults defaults;

    Resource(String type, Optional<ResourceSchema> schema, Optional<String> typeAlias, ResourceNode node,
            List<Directive> directives, List<Block> blocks, List<UnknownStatement> unknown, Defaults defaults) {
        this.type = Objects.requireNonNull(type, "type");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.typeAlias = Objects.requireNonNull(typeAlias, "typeAlias");
        this.node = Objects.requireNonNull(node, "node");
        this.directives = List.copyOf(directives);
        this.blocks = List.copyOf(blocks);
        this.unknown = List.copyOf(unknown);
        this.defaults = defaults;
    }

    /** The canonical type name ({@code Client} for {@code FileDaemon}), or the name as written when unknown. */
    public String type() {
        return type;
    }

    /** The catalogue's description of the type; empty for a type this daemon does not have. */
    public Optional<ResourceSchema> schema() {
        return schema;
    }

    /** The alias the type was written as ({@code FileDaemon}), if any. */
    public Optional<String> typeAlias() {
        return typeAlias;
    }

    public ResourceNode node() {
        return node;
    }

    public SourceSpan span() {
        return node.span();
    }

    /** Where the type is written: the place for findings about the resource as a whole. */
    public SourceSpan header() {
        return node.type().span();
    }

    /** The value of {@code Name}, when written and readable. */
    public Optional<String> name() {
        return last("Name").flatMap(Directive::value).flatMap(Resource::nameText);
    }

    private static Optional<String> nameText(Value value) {
        if (value instanceof Value.Name n) {
            return Optional.of(n.value());
        }
        return value instanceof Value.Text t ? Optional.of(t.value()) : Optional.empty();
    }

    /** Written and inherited directives, in the order Bareos reads them. */
    public List<Directive> directives() {
        return directives;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /**
     * True when part of the resource comes from an {@code @|command} include, which bconf never
     * runs: what the command would add is unknown, so nothing can be said to be missing.
     */
    public boolean hasUnknownContent() {
        for (Statement s : node.body()) {
            if (s instanceof CommandInclude) {
                return true;
            }
            if (s instanceof DirectiveNode d) {
                for (ValueToken t : d.tokens()) {
                    if (t.kind() == TokenKind.COMMAND_INCLUDE) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Statements the catalogue does not know in this resource. */
    public List<UnknownStatement> unknown() {
        return unknown;
    }

    /** Every written or inherited occurrence of a directive (canonical name, any case). */
    public List<Directive> all(String name) {
        // Asked for every directive of every resource by the model and by most rules: no streams,
        // and no iterator (the quick compiler allocates each one).
        Directive only = null;
        List<Directive> several = null;
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            if (!d.name().equalsIgnoreCase(name)) {
                continue;
            }
            if (several != null) {
                several.add(d);
            } else if (only != null) {
                several = new ArrayList<>(List.of(only, d));
            } else {
                only = d;
            }
        }
        return several != null ? List.copyOf(several) : only != null ? List.of(only) : List.of();
    }

    /** The last written or inherited occurrence of a directive (canonical name, any case). */
    Optional<Directive> last(String name) {
        for (int i = directives.size() - 1; i >= 0; i--) {
            if (directives.get(i).name().equalsIgnoreCase(name)) {
                return Optional.of(directives.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The directive as Bareos uses it: the last occurrence written or inherited (Bareos
     * keeps the last of most repeated directives), else the catalogue's default. An alias
     * finds its directive ({@code FdPort} finds {@code Port} where that is the name).
     */
    public Optional<Directive> directive(String name) {
        Optional<DirectiveSchema> known = schema.flatMap(s -> s.directive(name)).map(m -> m.directive());
        List<Directive> occurrences = all(known.map(DirectiveSchema::name).orElse(name));
        if (!occurrences.isEmpty()) {
            return Optional.of(occurrences.get(occurrences.size() - 1));
        }
        return known.flatMap(defaults::of);
    }

    /** The value Bareos uses for a directive, written or default. */
    public Optional<Value> value(String name) {
        return directive(name).flatMap(Directive::value);
    }

    /** Every directive that is not written or inherited but has a default. */
    public List<Directive> defaulted() {
        List<Directive> out = new ArrayList<>();
        for (DirectiveSchema d : schema.map(ResourceSchema::directives).orElse(List.of())) {
            if (all(d.name()).isEmpty()) {
                defaults.of(d).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The same resource with other directives and blocks (JobDefs applied). */
    Resource with(List<Directive> newDirectives, List<Block> newBlocks) {
        return new Resource(type, schema, typeAlias, node, newDirectives, newBlocks, unknown, defaults);
    }

    @Override
    public String toString() {
        return type + name().map(n -> " \"" + n + "\"").orElse("") + " at " + header();
    }
}
