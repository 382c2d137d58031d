package dev.bconf.syntax.internal;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.syntax.Comment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * One file turned into the tokens the parser sees, with Bareos's quoted-string rules
 * applied: escapes decoded and adjacent strings joined (dialect.md §1.9).
 */
public final class LexedFile {

    final Path path;
    final List<BToken> tokens;
    final List<Comment> comments;
    final List<Diagnostic> findings;
    final int lastLine;
    final int lastColumn;

    private LexedFile(Path path, List<BToken> tokens, List<Comment> comments, List<Diagnostic> findings,
            int lastLine, int lastColumn) {
        this.path = path;
        this.tokens = tokens;
        this.comments = comments;
        this.findings = findings;
        this.lastLine = lastLine;
        this.lastColumn = lastColumn;
    }

    /** What an include weighs in {@link #weight}: about the tokens of one included resource file. */
    static final int INCLUDE_WEIGHT = 64;

    /** About how many tokens parsing the file takes in, each included file counted by {@link #INCLUDE_WEIGHT}. */
    int weight() {
        int weight = 0;
        for (BToken t : tokens) {
            weight += weight(t);
        }
        return weight;
    }

    private static int weight(BToken t) {
        return t.getType() == BareosLexer.INCLUDE ? INCLUDE_WEIGHT * Math.max(1, t.globSlice().size()) : 1;
    }

    /**
     * The file with each top-level include of a glob that matches files written as includes of
     * at most {@code filesASlice} of them each, on lines of their own, the slice read first by
     * Bareos first; each carries its files, so the glob is not looked up again. Read whole, it
     * reads as the file does; but it can be cut between the slices. The file itself when it has
     * no such include.
     */
    LexedFile withGlobsSliced(IncludeResolver resolver, int filesASlice) {
        List<BToken> sliced = new ArrayList<>();
        int depth = 0;
        boolean changed = false;
        for (BToken t : tokens) {
            depth += t.getType() == BareosLexer.LBRACE ? 1 : t.getType() == BareosLexer.RBRACE ? -1 : 0;
            List<Path> files = depth == 0 && t.getType() == BareosLexer.INCLUDE ? globbed(resolver, t) : List.of();
            if (files.isEmpty()) {
                sliced.add(t);
                continue;
            }
            // The files of a glob are stacked in sorted order, so the last slice is read first.
            for (int to = files.size(); to > 0; to -= filesASlice) {
                if (to < files.size()) {
                    sliced.add(lineEnd(t));
                }
                sliced.add(t.globSlice(files.subList(Math.max(0, to - filesASlice), to)));
            }
            changed = true;
        }
        return changed ? new LexedFile(path, sliced, comments, findings, lastLine, lastColumn) : this;
    }

    private static List<Path> globbed(IncludeResolver resolver, BToken include) {
        IncludeResolver.Target target = resolver.parse(include.getText());
        boolean glob = target.path().indexOf('*') >= 0 || target.path().indexOf('?') >= 0
                || target.path().indexOf('[') >= 0;
        return glob && !target.command() ? resolver.resolve(target.path()).files() : List.of();
    }

    private static BToken lineEnd(BToken at) {
        BToken end = new BTokenFactory().create(BareosLexer.NEWLINE, "\n");
        end.setLine(at.getLine());
        end.setCharPositionInLine(at.getCharPositionInLine());
        end.locate(at.file());
        return end;
    }

    /**
     * The file cut into parts of about {@code partWeight} (see {@link #weight}) between its
     * top-level resources and includes, to be parsed on their own: the first part keeps the
     * file's comments and findings. Empty when the file's own braces do not balance, so that
     * no cut can fall inside a resource of its own.
     */
    List<LexedFile> parts(int partWeight) {
        List<Integer> cuts = new ArrayList<>();
        int depth = 0;
        int weight = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            depth += type == BareosLexer.LBRACE ? 1 : type == BareosLexer.RBRACE ? -1 : 0;
            weight += weight(tokens.get(i));
            if (depth < 0) {
                return List.of();
            }
            boolean betweenStatements = type == BareosLexer.RBRACE
                    || type == BareosLexer.NEWLINE && i > 0 && tokens.get(i - 1).getType() == BareosLexer.INCLUDE;
            if (depth == 0 && betweenStatements && weight >= partWeight && i + 1 < tokens.size()) {
                cuts.add(i + 1);
                weight = 0;
            }
        }
        if (depth != 0 || cuts.isEmpty()) {
            return List.of();
        }
        cuts.add(tokens.size());
        List<LexedFile> parts = new ArrayList<>();
        int from = 0;
        for (int to : cuts) {
            boolean first = from == 0;
            parts.add(new LexedFile(path, tokens.subList(from, to), first ? comments : List.of(),
                    first ? findings : List.of(), lastLine, lastColumn));
            from = to;
        }
        return parts;
    }

    static LexedFile lex(Path path, String text) {
        CharStream chars = CharStreams.fromString(text, path.toString());
        BareosLexer lexer = new BareosLexer(chars);
        lexer.removeErrorListeners();
        lexer.setTokenFactory(new BTokenFactory());
        List<BToken> all = new ArrayList<>();
        boolean indexesAreChars = text.length() == text.codePointCount(0, text.length());
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            BToken b = (BToken) t;
            if (indexesAreChars) {
                b.locateIn(path, text);
            } else {
                b.locate(path);
            }
            all.add(b);
        }
        List<BToken> tokens = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        List<Diagnostic> findings = new ArrayList<>();
        int[] lineEnds = lineEnds(all);
        for (int i = 0; i < all.size(); i++) {
            BToken t = all.get(i);
            switch (t.getType()) {
                case BareosLexer.WS -> {
                }
                case BareosLexer.COMMENT -> comments.add(new Comment(t.getText().substring(1), t.span()));
                case BareosLexer.NUL_REST -> {
                }
                case BareosLexer.QUOTED -> i = joinQuoted(all, lineEnds, i, tokens, findings);
                case BareosLexer.UNTERMINATED -> {
                    t.setValue(unescape(t.getText(), 1, t.getText().length()));
                    withBlanks(all, i, t);
                    tokens.add(t);
                }
                default -> {
                    withBlanks(all, i, t);
                    tokens.add(t);
                }
            }
        }
        int[] end = endOf(text, lexer.getLine());
        return new LexedFile(path, tokens, comments, findings, end[0], end[1]);
    }

    private static void withBlanks(List<BToken> all, int i, BToken t) {
        if (i > 0 && all.get(i - 1).getType() == BareosLexer.WS && all.get(i - 1).getLine() == t.getLine()) {
            t.setSpaceBefore(SharedText.of(all.get(i - 1).getText()));
        }
    }

    /**
     * After a closing quote Bareos looks at the rest of the line and at the next line: where
     * either holds only blanks and then a quote, the string goes on. When the line goes on
     * with something else but the next line starts with a quote, Bareos loses the string.
     */
    private static int joinQuoted(List<BToken> all, int[] lineEnds, int i, List<BToken> out,
            List<Diagnostic> findings) {
        BToken first = all.get(i);
        withBlanks(all, i, first);
        StringBuilder value = new StringBuilder(unescape(first.getText(), 1, first.getText().length() - 1));
        BToken last = first;
        int pos = i;
        while (true) {
            int j = skip(all, pos + 1, BareosLexer.WS);
            if (j < all.size() && all.get(j).getType() == BareosLexer.QUOTED) {
                last = all.get(j);
                value.append(unescape(last.getText(), 1, last.getText().length() - 1));
                pos = j;
                continue;
            }
            int nextLineStart = j;
            boolean restOfLineEmpty = j >= all.size() || all.get(j).getType() == BareosLexer.NEWLINE;
            if (!restOfLineEmpty) {
                nextLineStart = lineEnds[j] + 1;
            } else {
                nextLineStart = j + 1;
            }
            int k = skip(all, nextLineStart, BareosLexer.WS);
            boolean nextLineQuoted = nextLineStart <= all.size() && k < all.size()
                    && all.get(k).getType() == BareosLexer.QUOTED;
            if (nextLineQuoted && restOfLineEmpty) {
                last = all.get(k);
                value.append(unescape(last.getText(), 1, last.getText().length() - 1));
                pos = k;
                continue;
            }
            if (nextLineQuoted) {
                findings.add(Diagnostic.of(ReadingRules.SYNTAX_ERROR, first.span(),
                        "Bareos loses this quoted string: the next line starts with a quote, so Bareos tries to "
                                + "continue the string there, but this line goes on after it. Put the whole value "
                                + "on one line, or end this line right after the closing quote."));
            }
            break;
        }
        first.extendTo(last, value.toString());
        if (last != first) {
            first.setStopIndex(last.getStopIndex());
        }
        out.add(first);
        return pos;
    }

    private static int skip(List<BToken> all, int from, int type) {
        int j = from;
        while (j < all.size() && all.get(j).getType() == type) {
            j++;
        }
        return j;
    }

    /**
     * For each token, the index of the newline that ends its line ({@code all.size()} on the
     * last line), so that looking past a string to the next line costs nothing however many
     * strings a line holds.
     */
    private static int[] lineEnds(List<BToken> all) {
        int[] ends = new int[all.size() + 1];
        ends[all.size()] = all.size();
        for (int i = all.size() - 1; i >= 0; i--) {
            ends[i] = all.get(i).getType() == BareosLexer.NEWLINE ? i : ends[i + 1];
        }
        return ends;
    }

    /** A backslash makes the next character literal; there are no C escapes. */
    static String unescape(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to) {
                sb.append(text.charAt(++i));
            } else if (c != '\\') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Where Bareos stands at the end: after the last character, not on the empty line after it.
     * The lexer, having read to the end, has counted the lines; only the last one is looked at.
     */
    private static int[] endOf(String text, int linesRead) {
        boolean endsWithNewline = text.endsWith("\n");
        int length = endsWithNewline ? text.length() - 1 : text.length();
        int lineStart = text.lastIndexOf('\n', length - 1) + 1;
        return new int[] {endsWithNewline ? linesRead - 1 : linesRead, length - lineStart + 1};
    }
}
