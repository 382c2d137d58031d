package dev.bconf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.Guard;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.model.Datatype;
import dev.bconf.model.Value;
import dev.bconf.model.ValueContext;
import dev.bconf.model.ValueParser;
import dev.bconf.model.ValueProblem;
import dev.bconf.model.ValueResult;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.ConfigReader;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.ReadOptions;
import dev.bconf.syntax.ResourceNode;
import dev.bconf.syntax.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every value parser, over any value: a result, never an exception; every problem inside the
 * file; and for passwords, nothing of the value in any message or in the value's text.
 * {@link ReaderFuzzTest} reaches the parsers through the catalogue too, each with its own
 * datatype; here each meets values meant for the others.
 */
@AddLifecycleHook(FuzzBudget.class)
class ValueFuzzTest {

    /** Stands in a password's value; it must never come out again. */
    private static final String MARKER = "Xq7Marker";

    private static final List<UnaryOperator<ValueContext>> CONTEXTS = List.of(
            c -> c,
            c -> c.withRequired(true),
            c -> c.withAutoPassword(Value.Password.Encoding.CLEAR).withResourceName("r"));

    /** Includes in the values resolve here, where there is nothing to find. */
    private static Path base;

    @BeforeContainer
    static void makeBase() throws IOException {
        base = Files.createTempDirectory("bconf-values");
    }

    @AfterContainer
    static void removeBase() {
        Pipeline.delete(base);
    }

    @Property
    void everyParserReadsAnyValue(@ForAll("values") String value, @ForAll("datatypes") List<Datatype> datatypes) {
        String text = "Test {\n  Name = x\n  Key = " + value + "\n}\nTest {\n  Key {\n    Key = " + value
                + "\n  }\n}\n";
        ConfigFile file = ConfigReader.readText(base.resolve("fuzz.conf"), text, base, ReadOptions.defaults()).file();
        List<Integer> lines = Pipeline.lineLengths(text);
        ValueContext comments = ValueContext.none().withComments(file.comments());
        Guard.run("reading " + value, Pipeline.TIME_LIMIT, () -> {
            for (ResourceNode resource : file.resources()) {
                for (DirectiveNode directive : directives(resource.body())) {
                    for (Datatype datatype : datatypes) {
                        // A few datatypes in one context each keep a try cheap; over the run every
                        // parser meets every context.
                        UnaryOperator<ValueContext> context = CONTEXTS.get(
                                Math.floorMod(datatype.ordinal() + value.length(), CONTEXTS.size()));
                        ValueResult r = ValueParser.parse(datatype, directive,
                                context.apply(comments.enclosedBy(resource.span())));
                        check(datatype, r, lines, directive.keyword().written().contains(MARKER));
                    }
                }
            }
            return null;
        });
    }

    /** @param markerIsKeyword whether the marker ended up a keyword, which messages may name */
    private static void check(Datatype datatype, ValueResult result, List<Integer> lines, boolean markerIsKeyword) {
        boolean secret = datatype.secret() && !markerIsKeyword;
        for (ValueProblem p : result.problems()) {
            SourceSpan s = p.span();
            assertThat(s.line()).as("line of %s", p).isBetween(1, lines.size());
            assertThat(s.column()).as("column of %s", p).isBetween(1, lines.get(s.line() - 1) + 1);
            if (secret) {
                assertThat(p.message()).as("message about a %s", datatype).doesNotContain(MARKER);
                assertThat(p.bareosMessage().orElse("")).as("Bareos's message about a %s", datatype)
                        .doesNotContain(MARKER);
            }
        }
        if (secret) {
            assertThat(result.value().map(Object::toString).orElse("")).doesNotContain(MARKER);
        }
    }

    private static List<DirectiveNode> directives(List<Statement> body) {
        List<DirectiveNode> found = new ArrayList<>();
        for (Statement s : body) {
            if (s instanceof DirectiveNode d) {
                found.add(d);
            } else if (s instanceof BlockNode b) {
                found.addAll(directives(b.body()));
            }
        }
        return found;
    }

    @Provide
    Arbitrary<List<Datatype>> datatypes() {
        return net.jqwik.api.Arbitraries.of(Datatype.values()).list().ofMinSize(1).ofMaxSize(8).uniqueElements();
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<byte[]> marker = net.jqwik.api.Arbitraries.just(MARKER.getBytes(StandardCharsets.UTF_8));
        return net.jqwik.api.Combinators.combine(Dialect.soup(12, 1000), marker, Dialect.soup(4, 1000))
                .as(Dialect::concat).map(b -> new String(b, StandardCharsets.UTF_8));
    }
}
