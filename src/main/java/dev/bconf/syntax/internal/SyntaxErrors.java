package dev.bconf.syntax.internal;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's recovery events into messages a Bareos admin reads without knowing the
 * grammar: "expected `=` after `Name`, got end of line", never token type names.
 */
final class SyntaxErrors extends DefaultErrorStrategy {

    private final Path fallbackFile;
    private final List<Diagnostic> findings = new ArrayList<>();

    SyntaxErrors(Path fallbackFile) {
        this.fallbackFile = fallbackFile;
    }

    List<Diagnostic> findings() {
        return findings;
    }

    /** Catches what the strategy does not report itself (there should be nothing). */
    BaseErrorListener listener() {
        return new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                    int charPositionInLine, String msg, RecognitionException e) {
                add(offendingSymbol instanceof Token t ? t : null, msg);
            }
        };
    }

    private void add(Token at, String message) {
        SourceSpan span = at instanceof BToken b && b.file() != null ? b.span() : SourceSpan.startOf(fallbackFile);
        findings.add(Diagnostic.of(ReadingRules.SYNTAX_ERROR, span, message));
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        Token start = e.getStartToken();
        if (recognizer.getContext() instanceof BareosParser.ConfigContext && start != null
                && start.getType() == BareosParser.FIRST_WORD && start != e.getOffendingToken()) {
            Token last = previousToken(recognizer.getInputStream(), e.getOffendingToken());
            String words = start.getInputStream() != null && last != null && last.getInputStream() == start.getInputStream()
                    ? start.getInputStream().getText(org.antlr.v4.runtime.misc.Interval.of(start.getStartIndex(),
                            last.getStopIndex())).strip()
                    : start.getText();
            add(start, "`" + SecretText.keyword(words) + "` is not followed by `{`, so it opens no resource (got "
                    + describe(recognizer.getInputStream(), e.getOffendingToken())
                    + "); a resource starts with `Type {`");
            return;
        }
        report(recognizer, e.getOffendingToken(), e.getExpectedTokens(), recognizer.getContext());
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        report(recognizer, e.getOffendingToken(), e.getExpectedTokens(), recognizer.getContext());
    }

    @Override
    protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
        add(e.getOffendingToken(), "unexpected " + describe(recognizer.getInputStream(), e.getOffendingToken()));
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        add(t, unwanted(recognizer, t));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        report(recognizer, t, getExpectedTokens(recognizer), recognizer.getContext());
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        if (e instanceof NoViableAltException n) {
            reportNoViableAlternative(recognizer, n);
        } else if (e instanceof InputMismatchException m) {
            reportInputMismatch(recognizer, m);
        } else if (e instanceof FailedPredicateException f) {
            reportFailedPredicate(recognizer, f);
        } else {
            add(e.getOffendingToken(), "unexpected " + describe(recognizer.getInputStream(), e.getOffendingToken()));
        }
    }

    /** A statement that lacks its `=` is reported at its keyword, where the fix goes. */
    private void report(Parser parser, Token offending, IntervalSet expected, ParserRuleContext ctx) {
        boolean statement = ctx instanceof BareosParser.StatementContext
                || ctx instanceof BareosParser.AssignmentContext || ctx instanceof BareosParser.BlockContext;
        add(statement && ctx.getStart() != null ? ctx.getStart() : offending, mismatch(parser, offending, expected, ctx));
    }

    private String mismatch(Parser parser, Token offending, IntervalSet expected, ParserRuleContext ctx) {
        if (offending.getType() == Token.EOF) {
            return endOfFile(ctx);
        }
        if (offending.getType() == BareosLexer.UNTERMINATED) {
            return "a quoted string starts here but is never closed: Bareos reads to the end of the file "
                    + "looking for the closing quote. Add the missing \".";
        }
        TokenStream in = parser.getInputStream();
        Token previous = previousToken(in, offending);
        String after = previous == null ? "" : " after " + describe(in, previous);
        String wanted = describe(expected, parser);
        if (ctx instanceof BareosParser.ResourceContext && expected.contains(BareosLexer.LBRACE)) {
            String type = previous == null ? "" : SecretText.hidden(in, previous) ? "..." : previous.getText();
            if (offending.getType() == BareosLexer.EQUALS) {
                return "a directive (`" + type + " = ...`) outside of any resource; directives belong inside "
                        + "`Type { ... }`. Got `=` where `{` should open a resource";
            }
            return "expected `{` to open resource " + quote(type) + ", got " + describe(in, offending);
        }
        if ((ctx instanceof BareosParser.StatementContext || ctx instanceof BareosParser.AssignmentContext
                || ctx instanceof BareosParser.BlockContext) && ctx.getStart() != offending) {
            return "expected `=` or `{` after `" + SecretText.keyword(textUpTo(in, ctx.getStart(), offending))
                    + "`, got " + describe(in, offending);
        }
        if (ctx instanceof BareosParser.ConfigContext) {
            return topLevel(in, offending);
        }
        return "expected " + wanted + after + ", got " + describe(in, offending);
    }

    private String unwanted(Parser parser, Token t) {
        if (parser.getContext() instanceof BareosParser.ConfigContext) {
            return topLevel(parser.getInputStream(), t);
        }
        if (t.getType() == BareosLexer.LBRACE) {
            return "unexpected `{`: a block needs a keyword before it (e.g. `Options {`)";
        }
        return "unexpected " + describe(parser.getInputStream(), t)
                + "; expected a directive (`Keyword = value`) or `}`";
    }

    private static String topLevel(TokenStream in, Token t) {
        if (t.getType() == BareosLexer.RBRACE) {
            return "unexpected `}`: no resource is open here (one `}` too many?)";
        }
        return "expected a resource (`Type {`), got " + describe(in, t);
    }

    private static String endOfFile(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof BareosParser.ResourceContext r && r.keyword() != null) {
                return "end of file inside resource " + quote(SecretText.keyword(r.keyword().getText()))
                        + " opened at line "
                        + r.getStart().getLine() + ": a `}` is missing";
            }
        }
        return "unexpected end of file";
    }

    /** The text from {@code start} to the last token before {@code end} on start's line. */
    private static String textUpTo(TokenStream in, Token start, Token end) {
        Token last = start;
        for (int i = start.getTokenIndex() + 1; i < end.getTokenIndex(); i++) {
            Token t = in.get(i);
            if (t.getLine() != start.getLine() || t.getType() == BareosLexer.NEWLINE) {
                break;
            }
            last = t;
        }
        if (start.getInputStream() == null || last.getInputStream() != start.getInputStream()) {
            return start.getText();
        }
        return start.getInputStream().getText(org.antlr.v4.runtime.misc.Interval.of(start.getStartIndex(),
                last.getStopIndex()));
    }

    private static Token previousToken(TokenStream in, Token t) {
        int i = t.getTokenIndex() - 1;
        return i >= 0 ? in.get(i) : null;
    }

    private static String quote(String s) {
        return "`" + s + "`";
    }

    /** A token as a message shows it; after the keyword of a password, without its text. */
    static String describe(TokenStream in, Token t) {
        if (SecretText.hidden(in, t)) {
            return switch (t.getType()) {
                case BareosLexer.QUOTED -> "a quoted string";
                case BareosLexer.WORD, BareosParser.FIRST_WORD -> "a word";
                case BareosParser.COMMAND_INCLUDE -> "a command include";
                default -> describe(t);
            };
        }
        return describe(t);
    }

    private static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "end of file";
            case BareosLexer.NEWLINE -> t.getText().isEmpty() ? "end of included file" : "end of line";
            case BareosLexer.SEMICOLON -> "`;`";
            case BareosLexer.QUOTED -> "quoted string " + abbreviate(t.getText());
            case BareosLexer.UNTERMINATED -> "unterminated quoted string";
            case BareosParser.COMMAND_INCLUDE -> "command include " + abbreviate(t.getText());
            case BareosParser.BOM -> "byte-order mark";
            default -> quote(abbreviate(t.getText()));
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    private static String describe(IntervalSet expected, Parser parser) {
        List<String> names = new ArrayList<>();
        for (int type : expected.toList()) {
            String name = switch (type) {
                case Token.EOF -> "end of file";
                case BareosLexer.NEWLINE, BareosLexer.SEMICOLON -> "end of line";
                case BareosLexer.LBRACE -> "`{`";
                case BareosLexer.RBRACE -> "`}`";
                case BareosLexer.EQUALS -> "`=`";
                case BareosLexer.COMMA -> "`,`";
                case BareosLexer.WORD, BareosParser.FIRST_WORD -> "a word";
                case BareosLexer.QUOTED -> "a quoted string";
                default -> null;
            };
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return "something else";
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
