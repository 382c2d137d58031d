package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.schema.BareosVersion;
import dev.bconf.schema.Catalogue;
import dev.bconf.schema.DaemonSchema;
import dev.bconf.schema.DirectiveMatch;
import dev.bconf.schema.DirectiveSet;
import dev.bconf.schema.ResourceAlias;
import dev.bconf.schema.ResourceSchema;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.DaemonSyntax;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.ResourceNode;
import dev.bconf.syntax.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a daemon's syntax tree into its typed model: resource types and directives looked up
 * in the catalogue of the host's Bareos version, values read by their datatype, blocks read
 * by their block catalogue, and JobDefs applied to Jobs as Bareos applies them.
 */
public final class ModelBuilder {

    /** The number of resources from which a daemon's resources are typed on all cores. */
    public static final int PARALLEL_FROM = 256;

    private final DaemonSyntax syntax;
    private final BareosVersion version;
    private final Optional<DaemonSchema> schema;
    private final Defaults defaults = new Defaults();

    private ModelBuilder(DaemonSyntax syntax, BareosVersion version) {
        this.syntax = syntax;
        this.version = version;
        this.schema = Catalogue.forVersion(syntax.source().kind(), version);
    }

    /** The typed model of one daemon's configuration for the given Bareos version. */
    public static DaemonConfig build(DaemonSyntax syntax, BareosVersion version) {
        return new ModelBuilder(syntax, version).build();
    }

    private DaemonConfig build() {
        List<Map.Entry<ResourceNode, ValueContext>> nodes = new ArrayList<>();
        for (ConfigFile file : syntax.files()) {
            ValueContext context = ValueContext.none().withComments(file.comments());
            for (ResourceNode node : file.resources()) {
                nodes.add(Map.entry(node, context));
            }
        }
        // Each resource is typed on its own. A Director of thousands of clients and jobs is worth
        // spreading over the cores; the File Daemons of a site, a few resources each, are not.
        List<Resource> resources = (nodes.size() >= PARALLEL_FROM ? nodes.parallelStream() : nodes.stream())
                .map(n -> resource(n.getKey(), n.getValue())).toList();
        return new DaemonConfig(syntax, version, schema, JobDefsInheritance.apply(resources));
    }

    private Resource resource(ResourceNode node, ValueContext fileContext) {
        String written = node.type().name();
        Optional<ResourceSchema> type = schema.flatMap(s -> s.resourceType(written));
        Optional<String> alias = schema.flatMap(s -> s.resourceAlias(written)).map(ResourceAlias::name);
        String typeName = type.map(ResourceSchema::name).orElse(written);
        Section section = new Section(fileContext.enclosedBy(node.span())
                .withResourceName(resourceName(node)), typeName);
        if (type.isPresent()) {
            section.read(node.body(), type.get());
            ListenAddresses.checkMixing(section.directives);
        }
        return new Resource(typeName, type, alias, node, section.directives, section.blocks, section.unknown, defaults);
    }

    private static String resourceName(ResourceNode node) {
        return node.directive("Name").flatMap(d -> d.tokens().stream().findFirst()).map(t -> t.text()).orElse("");
    }

    /** The directives, blocks and unknown statements of one resource or block, read in order. */
    private final class Section {
        final ValueContext context;
        final String owner;
        final List<Directive> directives = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final List<UnknownStatement> unknown = new ArrayList<>();
        final List<ValueProblem> problems = new ArrayList<>();

        Section(ValueContext context, String owner) {
            this.context = context;
            this.owner = owner;
        }

        void read(List<Statement> statements, DirectiveSet allowed) {
            for (Statement s : statements) {
                if (s instanceof DirectiveNode d) {
                    directive(d, allowed, statements);
                } else if (s instanceof BlockNode b) {
                    block(b, allowed);
                }
            }
        }

        private void directive(DirectiveNode node, DirectiveSet allowed, List<Statement> siblings) {
            Optional<DirectiveMatch> match = allowed.directive(node.keyword().name());
            if (match.isEmpty()) {
                unknown.add(new UnknownStatement(node.keyword(), node, allowed.suggestDirective(node.keyword().name())));
                return;
            }
            var schema = match.get().directive();
            ValueContext valueContext = context.withRequired(schema.required())
                    .withAutoPassword(Passwords.encoding(owner, schema, directives));
            ValueResult result = ValueParser.parse(schema.datatype().name(), node, valueContext);
            List<ValueProblem> found = new ArrayList<>(result.problems());
            Passwords.orderProblem(owner, schema, node, siblings).ifPresent(found::add);
            directives.add(new Directive(schema, Origin.WRITTEN, Optional.of(node),
                    match.get().alias().map(a -> a.name()), result.value(), found, Optional.empty()));
        }

        private void block(BlockNode node, DirectiveSet allowed) {
            Optional<DirectiveMatch> match = allowed.directive(node.keyword().name());
            if (match.isEmpty()) {
                unknown.add(new UnknownStatement(node.keyword(), node, allowed.suggestDirective(node.keyword().name())));
                return;
            }
            var schema = match.get().directive();
            Section inner = new Section(context.enclosedBy(node.span()), schema.name());
            Optional<? extends DirectiveSet> blockSchema = ModelBuilder.this.schema.flatMap(s -> s.block(schema.datatype()));
            if (schema.equalsSign() || blockSchema.isEmpty()) {
                inner.problems.add(new ValueProblem(ValueProblem.Kind.INVALID_VALUE, "`" + node.keyword().written()
                        + "` takes a value after `=`, not a block: write `" + schema.name() + " = ...`.",
                        Optional.of("expected an equals, got: {"), node.keyword().span()));
            } else {
                inner.read(node.body(), blockSchema.get());
                BlockRules.check(owner, schema.name(), inner.directives, inner.blocks, inner.unknown)
                        .forEach(inner.problems::add);
            }
            blocks.add(new Block(schema, node.span(), inner.directives, inner.blocks, inner.unknown, inner.problems));
        }
    }

    /** A span for findings about a block as a whole: its keyword. */
    static SourceSpan header(BlockNode node) {
        return node.keyword().span();
    }
}
