package dev.bconf.model;

import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.TokenKind;
import dev.bconf.syntax.ValueToken;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a directive's value the way the Bareos daemons do: same tokens, same joining of
 * words, same acceptance and refusal, same value stored, and the same swallowing of text
 * after the value. Every surprise on the way is reported as a {@link ValueProblem}.
 *
 * <pre>{@code
 * ValueResult r = ValueParser.parse("TIME", directive, ValueContext.none()
 *         .withComments(file.comments()).enclosedBy(resource.span()));
 * }</pre>
 */
public final class ValueParser {

    private ValueParser() {
    }

    /** Reads a value knowing nothing about its surroundings (see {@link ValueContext#none()}). */
    public static ValueResult parse(String datatype, DirectiveNode directive) {
        return parse(datatype, directive, ValueContext.none());
    }

    /**
     * Reads a value of the catalogue datatype {@code datatype}; a datatype bconf does not
     * know gives an {@link Value.Opaque} value.
     */
    public static ValueResult parse(String datatype, DirectiveNode directive, ValueContext context) {
        return Datatype.fromName(datatype)
                .map(d -> parse(d, directive, context))
                .orElseGet(() -> opaque(directive, false, "bconf does not know the datatype " + datatype + "."));
    }

    public static ValueResult parse(Datatype datatype, DirectiveNode directive, ValueContext context) {
        List<ValueToken> tokens = directive.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == TokenKind.COMMAND_INCLUDE) {
                return opaque(directive, datatype.secret(), "The value comes from a command that bconf never runs.");
            }
        }
        Reader reader = new Reader(datatype, directive, context);
        try {
            return reader.finish(datatype.parse(reader));
        } catch (Reader.Rejection e) {
            return reader.rejected(e.problem());
        }
    }

    private static ValueResult opaque(DirectiveNode directive, boolean secret, String reason) {
        String text = secret ? "" : directive.tokens().stream().map(ValueToken::raw).collect(Collectors.joining(" "));
        return new ValueResult(Optional.of(new Value.Opaque(text, reason)), List.of(), List.of());
    }
}
