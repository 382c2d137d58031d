package dev.bconf.syntax.internal;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Makes the lexer produce {@link BToken}s. A token's text is read from the input when asked
 * for: most tokens (blanks, line ends, braces) are never asked, and copying each one's text out
 * was much of what reading a file allocated.
 */
final class BTokenFactory implements TokenFactory<BToken> {

    @Override
    public BToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
            int start, int stop, int line, int charPositionInLine) {
        BToken t = new BToken(source, type, channel, start, stop);
        t.setLine(line);
        t.setCharPositionInLine(charPositionInLine);
        if (text != null) {
            t.setText(text);
        } else if (source.b == null || stop < start) {
            t.setText("");
        }
        return t;
    }

    @Override
    public BToken create(int type, String text) {
        BToken t = new BToken(new Pair<>(null, null), type, BToken.DEFAULT_CHANNEL, -1, -1);
        t.setText(text);
        return t;
    }
}
