package dev.bconf.syntax.internal;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.syntax.Comment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Splices {@code @} includes into the token stream the way Bareos's lexer does: the included
 * tokens stand where the include stood, each included file ends with an end of line, and
 * a glob's files come in reverse sorted order. {@code @|command} includes are never run;
 * they stay in the stream as one opaque token.
 */
public final class IncludeExpander implements TokenSource {

    /** Bareos has no limit; a config nested this deep is a cycle or a mistake. */
    static final int MAX_DEPTH = 32;

    /** The tokens after which a word may start a statement (see FIRST_WORD in the grammar). */
    private static final Set<Integer> STATEMENT_STARTS = Set.of(BareosLexer.NEWLINE, BareosLexer.SEMICOLON,
            BareosLexer.LBRACE, BareosLexer.RBRACE, BareosParser.BOM, BareosParser.COMMAND_INCLUDE);

    private final FileLoader loader;
    private final IncludeResolver resolver;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Deque<BToken> pending = new ArrayDeque<>();
    private final List<Diagnostic> findings = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Path> included = new ArrayList<>();
    private final Path topFile;
    private final LexedFile topLexed;
    private BToken last;
    private TokenFactory<?> factory = new BTokenFactory();

    /**
     * One file on the stack. Its {@code includer} is the file whose include put it there: the
     * files of one glob wait side by side on the stack, but only a file's includers are being
     * read when it is, so only they count for cycles and depth.
     */
    private static final class Frame {
        final LexedFile file;
        private Optional<Path> identity = Optional.empty();
        final Optional<Frame> includer;
        final int depth;
        int next;
        boolean started;

        Frame(LexedFile file, Optional<Frame> includer) {
            this.file = file;
            this.includer = includer;
            this.depth = includer.map(f -> f.depth + 1).orElse(1);
        }

        /**
         * The file's real path, for cycle checks. Resolved only when an include asks: most
         * files include nothing, and resolving costs a system call per path element.
         */
        Path identity() {
            if (identity.isEmpty()) {
                identity = Optional.of(IncludeExpander.identity(file.path));
            }
            return identity.get();
        }

        /** This file and the files that include it, the outermost first. */
        List<Frame> chain() {
            List<Frame> chain = new ArrayList<>();
            for (Optional<Frame> f = Optional.of(this); f.isPresent(); f = f.get().includer) {
                chain.add(0, f.get());
            }
            return chain;
        }
    }

    /** Reads a file into tokens, reporting what kept it from being read. */
    public interface FileLoader {
        /** The lexed file, or empty when it could not be read (the reason is in findings). */
        Optional<LexedFile> load(Path file, List<Diagnostic> findings, Optional<BToken> includedFrom);
    }

    public IncludeExpander(LexedFile top, FileLoader loader, IncludeResolver resolver) {
        this(List.of(top), loader, resolver);
    }

    /**
     * Reads several top-level files as one stream, as Bareos reads the files of a
     * {@code bareos-*.d} glob: each ends with an end of line, and a resource may span two.
     *
     * @param inReadingOrder the files, the first to be read first; not empty
     */
    public IncludeExpander(List<LexedFile> inReadingOrder, FileLoader loader, IncludeResolver resolver) {
        this.loader = loader;
        this.resolver = resolver;
        this.topLexed = inReadingOrder.get(inReadingOrder.size() - 1);
        this.topFile = topLexed.path;
        for (int i = inReadingOrder.size() - 1; i >= 0; i--) {
            push(inReadingOrder.get(i), Optional.empty());
        }
    }

    private void push(LexedFile file, Optional<Frame> includer) {
        stack.push(new Frame(file, includer));
        findings.addAll(file.findings);
    }

    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    public List<Diagnostic> findings() {
        return findings;
    }

    public List<Comment> comments() {
        return comments;
    }

    public List<Path> includedFiles() {
        return included;
    }

    @Override
    public Token nextToken() {
        while (true) {
            if (!pending.isEmpty()) {
                return remember(pending.poll());
            }
            Frame top = stack.peek();
            if (top == null) {
                return endOfInput();
            }
            if (!top.started) {
                // Files and their comments are listed as they are read: the files of a glob stand
                // on the stack side by side, and the last in sorted order is read first.
                top.started = true;
                comments.addAll(top.file.comments);
                if (top.includer.isPresent()) {
                    included.add(top.file.path);
                }
            }
            if (top.next >= top.file.tokens.size()) {
                stack.pop();
                if (stack.isEmpty()) {
                    return endOfInput();
                }
                // The end of an included file is an end of line (dialect.md §2.1).
                return remember(synthetic(BareosLexer.NEWLINE, "", top.file));
            }
            BToken t = top.file.tokens.get(top.next++);
            if (t.getType() == BareosLexer.INCLUDE) {
                include(t, top);
                continue;
            }
            return remember(t);
        }
    }

    /**
     * Hands a token to the parser, marking the words that may start a statement. Of a run of
     * line ends only the first reaches the parser; the others go to the whitespace channel.
     * Where a value may start on a later line, the grammar cannot tell whether a line end
     * belongs to the value or ends the statement before it without looking past the whole
     * run, at each line end of it: a run of thousands of {@code ;} cost minutes once a syntax
     * error had switched the parser to full-context prediction.
     */
    private Token remember(BToken t) {
        if (t.getType() == BareosLexer.WORD && (last == null || STATEMENT_STARTS.contains(last.getType()))) {
            t.setType(BareosParser.FIRST_WORD);
        } else if (isLineEnd(t) && last != null && isLineEnd(last)) {
            t.setChannel(BareosLexer.WHITESPACE);
        }
        last = t;
        return t;
    }

    private static boolean isLineEnd(Token t) {
        return t.getType() == BareosLexer.NEWLINE || t.getType() == BareosLexer.SEMICOLON;
    }

    private void include(BToken token, Frame includer) {
        IncludeResolver.Target target = resolver.parse(token.getText());
        if (target.command()) {
            findings.add(Diagnostic.of(ReadingRules.INCLUDE_COMMAND_SKIPPED, token.span(),
                    "The include runs the command " + target.path().substring(1).strip()
                            + " when Bareos reads the configuration; bconf never runs commands, so what it "
                            + "would add is not checked."));
            token.setType(BareosParser.COMMAND_INCLUDE);
            token.setValue(target.path());
            pending.add(token);
            return;
        }
        IncludeResolver.Resolution resolution = token.globSlice().isEmpty() ? resolver.resolve(target.path())
                : new IncludeResolver.Resolution(token.globSlice(), Optional.empty());
        if (resolution.files().isEmpty()) {
            resolution.problem().ifPresent(why -> findings.add(
                    Diagnostic.of(ReadingRules.INCLUDE_NOT_FOUND, token.span(), why)));
            return;
        }
        if (includer.depth >= MAX_DEPTH) {
            findings.add(Diagnostic.of(ReadingRules.INCLUDE_CYCLE, token.span(),
                    "Includes nest more than " + MAX_DEPTH + " files deep here; this include is not read. "
                            + "Flatten the include chain."));
            return;
        }
        // Bareos stacks every matched file, so the last in sorted order is read first.
        List<LexedFile> toPush = new ArrayList<>();
        List<Frame> chain = includer.chain();
        for (Path file : resolution.files()) {
            Path id = identity(file);
            Optional<Frame> cycle = chain.stream().filter(f -> f.identity().equals(id)).findFirst();
            if (cycle.isPresent()) {
                findings.add(Diagnostic.of(ReadingRules.INCLUDE_CYCLE, token.span(),
                        "The include of " + file + " is a cycle: that file is already being read"
                                + (cycle.get().file.path.equals(topFile) ? "" : " (through " + names(chain) + ")")
                                + ". Bareos would read it again and again until it fails. Remove the include."));
                continue;
            }
            loader.load(file, findings, Optional.of(token)).ifPresent(toPush::add);
        }
        for (LexedFile f : toPush) {
            push(f, Optional.of(includer));
        }
    }

    private static String names(List<Frame> chain) {
        return String.join(" -> ", chain.stream().map(f -> f.file.path.toString()).toList());
    }

    private BToken endOfInput() {
        if (last != null && last.getType() == Token.EOF) {
            return last;
        }
        BToken eof = synthetic(Token.EOF, "", topLexed);
        last = eof;
        return eof;
    }

    private BToken synthetic(int type, String text, LexedFile at) {
        BToken t = new BToken(new Pair<>(this, null), type, Token.DEFAULT_CHANNEL, -1, -1);
        t.setText(text);
        t.setLine(at.lastLine);
        t.setCharPositionInLine(Math.max(0, at.lastColumn - 1));
        t.locate(at.path);
        return t;
    }

    @Override
    public int getLine() {
        return last == null ? 1 : last.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return last == null ? 0 : last.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return last == null ? null : last.getInputStream();
    }

    @Override
    public String getSourceName() {
        return topFile.toString();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        this.factory = factory;
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return factory;
    }
}
