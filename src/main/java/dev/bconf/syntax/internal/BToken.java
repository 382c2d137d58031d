package dev.bconf.syntax.internal;

import dev.bconf.diagnostic.SourceSpan;
import java.nio.file.Path;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/** A token that knows its file, its exact span, its decoded value and the blanks before it. */
public final class BToken extends CommonToken {

    private static final long serialVersionUID = 1L;

    private transient Path file;
    private String value;
    private String spaceBefore = "";
    private int endLine;
    private int endColumn;
    private transient List<Path> globSlice = List.of();

    BToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
        super(source, type, channel, start, stop);
    }

    /**
     * Sets the file and works out where the token ends. Line ends at the end of its text (a
     * quoted string never closed runs on to the end of the file) do not count: the token ends
     * on its last line with text, so that the place right after it is still on that line.
     */
    void locate(Path path) {
        String text = getText();
        locate(path, text == null ? "" : text, 0, text == null ? -1 : text.length() - 1);
    }

    /**
     * As {@link #locate(Path)}, reading the token's text in {@code source}, the whole text it
     * was lexed from, where the lexer's indexes are indexes into it (no character outside the
     * Basic Multilingual Plane): no copy of the text is made for each token.
     */
    void locateIn(Path path, String source) {
        locate(path, source, getStartIndex(), getStopIndex());
    }

    private void locate(Path path, String text, int first, int last) {
        this.file = path;
        int line = getLine();
        int col = getCharPositionInLine() + 1;
        int lastLine = line;
        int lastCol = col - 1;
        int end = last;
        while (end >= first && text.charAt(end) == '\n') {
            end--;
        }
        for (int i = first; i <= end; i++) {
            if (text.charAt(i) == '\n') {
                lastLine++;
                lastCol = 0;
            } else {
                lastCol++;
            }
        }
        this.endLine = lastLine;
        this.endColumn = Math.max(lastCol, lastLine == line ? col - 1 : 0);
    }

    /**
     * This include again, standing for some of the files its glob matches (in the glob's
     * order): a large glob is read as several includes so that a file can be parsed in parts.
     */
    BToken globSlice(List<Path> files) {
        BToken slice = new BToken(new Pair<>(getTokenSource(), getInputStream()), getType(), getChannel(),
                getStartIndex(), getStopIndex());
        slice.setLine(getLine());
        slice.setCharPositionInLine(getCharPositionInLine());
        slice.setText(getText());
        slice.file = file;
        slice.value = value;
        slice.spaceBefore = spaceBefore;
        slice.endLine = endLine;
        slice.endColumn = endColumn;
        slice.globSlice = List.copyOf(files);
        return slice;
    }

    /** The files this include stands for when it is one slice of a glob; empty otherwise. */
    List<Path> globSlice() {
        return globSlice;
    }

    void extendTo(BToken last, String newValue) {
        this.endLine = last.endLine;
        this.endColumn = last.endColumn;
        this.value = newValue;
    }

    public Path file() {
        return file;
    }

    /** The decoded content: for quoted strings the text between the quotes, escapes applied. */
    public String value() {
        return value == null ? getText() : value;
    }

    void setValue(String value) {
        this.value = value;
    }

    public String spaceBefore() {
        return spaceBefore;
    }

    void setSpaceBefore(String blanks) {
        this.spaceBefore = blanks;
    }

    public SourceSpan span() {
        int col = getCharPositionInLine() + 1;
        int endCol = endLine == getLine() ? Math.max(endColumn, col) : Math.max(endColumn, 1);
        return new SourceSpan(file, getLine(), col, endLine, endCol);
    }

    /** The raw text from the first to the last character of this (possibly joined) token. */
    public String raw() {
        CharStream in = getInputStream();
        if (in == null || getStartIndex() < 0 || getStopIndex() < getStartIndex()) {
            return getText() == null ? "" : getText();
        }
        return in.getText(org.antlr.v4.runtime.misc.Interval.of(getStartIndex(), getStopIndex()));
    }
}
