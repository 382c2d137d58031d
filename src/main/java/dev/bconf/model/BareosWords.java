package dev.bconf.model;

import dev.bconf.syntax.DirectiveNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens Bareos's own lexer makes of a directive's value, in one lexer mode: which
 * unquoted words become one identifier, which digits are a number, which words stay plain
 * strings (dialect.md §1.6-1.10). The value parsers switch modes as Bareos's do; this is
 * the same lexer for looking at a value as a whole.
 */
public final class BareosWords {

    private BareosWords() {
    }

    public static List<BareosToken> of(DirectiveNode directive, LexMode mode) {
        return of(directive, mode, ValueContext.none());
    }

    /** The value's tokens up to, not including, what ends its line. */
    public static List<BareosToken> of(DirectiveNode directive, LexMode mode, ValueContext context) {
        Tokens tokens = new Tokens(Pieces.of(directive, context));
        int end = directive.valueOnFollowingLine() ? 1 : 0;
        for (int i = 0; i < tokens.pieces().size(); i++) {
            if (tokens.pieces().get(i).part() >= 0) {
                end = i + 1;
            }
        }
        List<BareosToken> out = new ArrayList<>();
        while (tokens.position() < end) {
            out.add(tokens.next(mode));
        }
        return List.copyOf(out);
    }
}
