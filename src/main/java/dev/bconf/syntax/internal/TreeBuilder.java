package dev.bconf.syntax.internal;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.CommandInclude;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.Keyword;
import dev.bconf.syntax.ResourceNode;
import dev.bconf.syntax.Statement;
import dev.bconf.syntax.TokenKind;
import dev.bconf.syntax.ValueBlock;
import dev.bconf.syntax.ValuePart;
import dev.bconf.syntax.ValueToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the immutable syntax tree from a parse tree, tolerating the gaps error recovery leaves. */
final class TreeBuilder {

    private final TokenStream tokens;
    private final List<Diagnostic> findings = new ArrayList<>();

    TreeBuilder(TokenStream tokens) {
        this.tokens = tokens;
    }

    List<Diagnostic> findings() {
        return findings;
    }

    List<ResourceNode> build(BareosParser.ConfigContext config) {
        List<ResourceNode> resources = new ArrayList<>();
        for (ParseTree child : config.children) {
            if (child instanceof BareosParser.ResourceContext r) {
                keyword(r.keyword(), true, true).ifPresent(type -> {
                    resources.add(new ResourceNode(type, body(r.body()), span(r)));
                    unclosed(r.close(), "resource `" + type.written() + "`", r.getStart());
                });
            } else if (child instanceof BareosParser.DirectiveOutsideResourceContext d && d.keyword() != null) {
                error(d.getStart(), "`" + SecretText.keyword(d.keyword().getText())
                        + " = ...` stands outside of any resource; "
                        + "directives belong inside a resource such as `Client { ... }`. A `{` or `}` may be "
                        + "missing or misplaced above.");
            } else if (child instanceof BareosParser.ExtraClosingBraceContext b) {
                error(b.getStart(), "unexpected `}`: no resource is open here (one `}` too many?)");
            } else if (child instanceof BareosParser.StrayAtTopContext s) {
                error(s.getStart(), "expected a resource (`Type {`), got "
                        + SyntaxErrors.describe(tokens, s.getStart()));
            } else if (child instanceof BareosParser.TypeWithoutBraceContext w) {
                error(w.getStart(), "`" + SecretText.keyword(w.keyword().getText()) + "` is not followed by `{`, so it "
                        + "opens no resource (got "
                        + SyntaxErrors.describe(tokens, tokens.get(w.getStop().getTokenIndex() + 1))
                        + "); a resource starts with `Type {`");
            }
        }
        return resources;
    }

    private List<Statement> body(BareosParser.BodyContext body) {
        return body(body, true);
    }

    /**
     * @param keywordsAreIdentifiers false inside value blocks such as {@code Addresses}, whose
     *                               parser reads its keys ({@code ipv4}, {@code addr}) as plain words
     */
    private List<Statement> body(BareosParser.BodyContext body, boolean keywordsAreIdentifiers) {
        List<Statement> statements = new ArrayList<>();
        if (body == null) {
            return statements;
        }
        for (ParseTree child : body.children == null ? List.<ParseTree>of() : body.children) {
            if (child instanceof BareosParser.StatementContext s) {
                statement(s, keywordsAreIdentifiers).ifPresent(statements::add);
            } else if (child instanceof BareosParser.StrayContext || child instanceof BareosParser.MarkStrayContext) {
                Token t = ((ParserRuleContext) child).getStart();
                error(t, t.getType() == BareosLexer.LBRACE
                        ? "unexpected `{`: a block needs its keyword on the same statement (e.g. `Options {`); "
                                + "Bareos reports every following directive as \"not in resource definition\""
                        : "unexpected " + SyntaxErrors.describe(tokens, t)
                                + " where a directive should start; expected "
                                + "`Keyword = value` or `}`");
            }
        }
        return statements;
    }

    private Optional<Statement> statement(BareosParser.StatementContext s, boolean identifiers) {
        if (s instanceof BareosParser.AssignmentContext a) {
            return keyword(a.keyword(), false, identifiers).map(k -> directive(k, a));
        }
        if (s instanceof BareosParser.BlockContext b) {
            return keyword(b.keyword(), false, identifiers).map(k -> {
                unclosed(b.close(), "block `" + k.written() + "`", b.getStart());
                return new BlockNode(k, body(b.body()), span(b));
            });
        }
        if (s instanceof BareosParser.CommandIncludeContext c) {
            BToken t = (BToken) c.COMMAND_INCLUDE().getSymbol();
            return Optional.of(new CommandInclude(t.value(), t.span()));
        }
        return Optional.empty();
    }

    private DirectiveNode directive(Keyword keyword, BareosParser.AssignmentContext a) {
        List<ValuePart> parts = new ArrayList<>();
        BareosParser.ValueContext value = a.value();
        boolean nextLine = false;
        if (value != null) {
            for (BareosParser.ValueItemContext item : value.valueItem()) {
                parts.add(valuePart(item));
            }
            nextLine = !value.eol().isEmpty() && !parts.isEmpty();
        }
        SourceSpan span = parts.isEmpty() ? keyword.span() : keyword.span().through(parts.get(parts.size() - 1).span());
        return new DirectiveNode(keyword, parts, nextLine, endOf(a), span);
    }

    private DirectiveNode.ValueEnd endOf(ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        if (stop == null) {
            return DirectiveNode.ValueEnd.LINE_END;
        }
        int next = stop.getTokenIndex() + 1;
        if (next >= tokens.size()) {
            return DirectiveNode.ValueEnd.END_OF_FILE;
        }
        return switch (tokens.get(next).getType()) {
            case BareosLexer.RBRACE -> DirectiveNode.ValueEnd.CLOSING_BRACE;
            case Token.EOF -> DirectiveNode.ValueEnd.END_OF_FILE;
            default -> DirectiveNode.ValueEnd.LINE_END;
        };
    }

    private void unclosed(BareosParser.CloseContext close, String what, Token opened) {
        if (close != null && close.EOF() != null) {
            error(close.getStart(), "end of file inside " + what + " opened at line " + opened.getLine()
                    + ": a `}` is missing");
        }
    }

    private void error(Token at, String message) {
        findings.add(Diagnostic.of(ReadingRules.SYNTAX_ERROR, ((BToken) at).span(), message));
    }

    private ValuePart valuePart(BareosParser.ValueItemContext item) {
        if (item.LBRACE() != null) {
            unclosed(item.close(), "block", item.getStart());
            return new ValueBlock(body(item.body(), false), span(item));
        }
        BToken t = (BToken) ((TerminalNode) item.getChild(0)).getSymbol();
        if (t.getType() == BareosLexer.UNTERMINATED) {
            error(t, "this quoted string is never closed: Bareos reads on to the end of the file looking for "
                    + "the closing quote. Add the missing \".");
        }
        TokenKind kind = switch (t.getType()) {
            case BareosLexer.QUOTED -> TokenKind.QUOTED;
            case BareosLexer.UNTERMINATED -> TokenKind.UNTERMINATED;
            case BareosLexer.COMMA -> TokenKind.COMMA;
            case BareosLexer.EQUALS -> TokenKind.EQUALS;
            case BareosParser.COMMAND_INCLUDE -> TokenKind.COMMAND_INCLUDE;
            default -> TokenKind.WORD;
        };
        String raw = t.raw();
        String value = t.value();
        // A plain word is its own value: keep one copy of it.
        return new ValueToken(kind, value.equals(raw) ? raw : value, raw, t.spaceBefore(), t.span());
    }

    /**
     * Bareos reads a keyword as letters with blanks dropped; any other character makes it
     * a plain word that matches no keyword.
     */
    private Optional<Keyword> keyword(BareosParser.KeywordContext ctx, boolean resourceType, boolean identifier) {
        if (ctx == null || ctx.FIRST_WORD() == null) {
            return Optional.empty();
        }
        List<TerminalNode> words = new ArrayList<>();
        words.add(ctx.FIRST_WORD());
        words.addAll(ctx.WORD());
        BToken first = (BToken) words.get(0).getSymbol();
        BToken last = (BToken) words.get(words.size() - 1).getSymbol();
        if (first.getTokenIndex() < 0 || first.file() == null) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        for (TerminalNode w : words) {
            name.append(w.getText());
        }
        SourceSpan span = first.span().through(last.span());
        String written = first.getInputStream() != null && last.getInputStream() == first.getInputStream()
                ? first.getInputStream().getText(org.antlr.v4.runtime.misc.Interval.of(first.getStartIndex(),
                        last.getStopIndex()))
                : name.toString();
        boolean secretMayFollow = words.size() > 1 && !SecretText.keyword(written).equals(written);
        String folded = shared(name.toString(), secretMayFollow);
        Keyword keyword = new Keyword(folded, written.equals(folded) ? folded : shared(written, secretMayFollow), span);
        if (identifier && !isLetters(name)) {
            String what = resourceType ? "resource type" : "directive name";
            findings.add(Diagnostic.of(ReadingRules.SYNTAX_ERROR, span, "`" + SecretText.keyword(written)
                    + "` cannot be a " + what + ": Bareos keywords consist of letters only (blanks and case are "
                    + "ignored), so Bareos reads `" + SecretText.keyword(name.toString()) + "` as a plain word and "
                    + "stops. Remove the digits, `_`, `-` or other characters."));
        }
        return Optional.of(keyword);
    }

    /**
     * Keyword text from the table shared by every reading, unless it may hold a secret: a
     * secret's name followed by more words, as in {@code Password secret} written without its
     * {@code =}. Such text lives no longer than the syntax tree that holds it.
     */
    private static String shared(String text, boolean secretMayFollow) {
        return secretMayFollow ? text : SharedText.of(text);
    }

    private static boolean isLetters(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return s.length() > 0;
    }

    private static SourceSpan span(ParserRuleContext ctx) {
        BToken start = (BToken) ctx.getStart();
        Token stopToken = ctx.getStop();
        BToken stop = stopToken instanceof BToken b && b.file() != null && b.getTokenIndex() >= start.getTokenIndex()
                ? b : start;
        return start.span().through(lastInSameFile(ctx, start, stop).span());
    }

    /** A resource may end in another file than it starts in; the span then stays in the first. */
    private static BToken lastInSameFile(ParseTree ctx, BToken start, BToken stop) {
        if (stop.file() != null && stop.file().equals(start.file())) {
            return stop;
        }
        return start;
    }
}
