package dev.bconf.syntax.internal;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Keeps braces from nesting deeper than the parser's stack allows. The parser descends once
 * per open brace, so ten thousand of them overflow the stack; a block opened deeper than
 * {@link #MAX_NESTING} is reported and handed to the parser empty, its content skipped up to
 * the brace that closes it.
 */
final class NestingLimit implements TokenSource {

    /**
     * Bareos nests three deep at most (a resource, {@code Include}, {@code Options}; or
     * {@code Addresses = { ip = { } }}) and refuses a brace more, so this only stops nonsense.
     */
    static final int MAX_NESTING = 32;

    private final TokenSource in;
    private final List<Diagnostic> findings = new ArrayList<>();
    private Token closing;
    private int depth;

    NestingLimit(TokenSource in) {
        this.in = in;
    }

    List<Diagnostic> findings() {
        return findings;
    }

    @Override
    public Token nextToken() {
        if (closing != null) {
            Token t = closing;
            closing = null;
            return t;
        }
        Token t = in.nextToken();
        if (t.getType() == BareosLexer.LBRACE) {
            if (depth == MAX_NESTING) {
                findings.add(Diagnostic.of(ReadingRules.SYNTAX_ERROR, ((BToken) t).span(), "Braces nest more than "
                        + MAX_NESTING + " deep here; bconf does not read what this `{` opens. Bareos nests three "
                        + "deep at most (e.g. FileSet, Include, Options): a `}` is missing above, or a `{` too many."));
                closing = skipBlock();
                return t;
            }
            depth++;
        } else if (t.getType() == BareosLexer.RBRACE && depth > 0) {
            depth--;
        }
        return t;
    }

    /** Reads up to the brace that closes the block just opened; returns it, or the end of input. */
    private Token skipBlock() {
        int open = 1;
        while (true) {
            Token t = in.nextToken();
            if (t.getType() == Token.EOF) {
                return t;
            }
            if (t.getType() == BareosLexer.LBRACE) {
                open++;
            } else if (t.getType() == BareosLexer.RBRACE && --open == 0) {
                return t;
            }
        }
    }

    @Override
    public int getLine() {
        return in.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return in.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return in.getInputStream();
    }

    @Override
    public String getSourceName() {
        return in.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        in.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return in.getTokenFactory();
    }
}
