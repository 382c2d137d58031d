package dev.bconf.syntax.internal;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;

/** Makes the lexer produce {@link BToken}s with their text copied out of the input. */
final class BTokenFactory implements TokenFactory<BToken> {

    @Override
    public BToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel,
            int start, int stop, int line, int charPositionInLine) {
        BToken t = new BToken(source, type, channel, start, stop);
        t.setLine(line);
        t.setCharPositionInLine(charPositionInLine);
        if (text != null) {
            t.setText(text);
        } else if (source.b != null && stop >= start) {
            t.setText(source.b.getText(Interval.of(start, stop)));
        } else {
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
