package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.CommandInclude;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.Keyword;
import dev.bconf.syntax.Statement;
import dev.bconf.syntax.ValueBlock;
import dev.bconf.syntax.ValuePart;
import dev.bconf.syntax.ValueToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a directive's value back into the stream of characters-with-meaning Bareos reads:
 * nested blocks become {@code {}, their statements and {@code }}, keywords inside blocks
 * become words again, and the value ends with what ended its line.
 */
final class Pieces {

    private final ValueContext context;
    private final List<Piece> out = new ArrayList<>();

    private Pieces(ValueContext context) {
        this.context = context;
    }

    static List<Piece> of(DirectiveNode directive, ValueContext context) {
        Pieces pieces = new Pieces(context);
        pieces.value(directive);
        return List.copyOf(pieces.out);
    }

    /** The text of pieces {@code from} to {@code to} as written, blanks between them kept. */
    static String written(List<Piece> pieces, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Piece p = pieces.get(i);
            if (i > from) {
                sb.append(p.gap());
            }
            sb.append(p.raw());
        }
        return sb.toString();
    }

    private void value(DirectiveNode d) {
        if (d.valueOnFollowingLine()) {
            add(Piece.Kind.EOL, "\n", "", d.keyword().span(), "", -1);
        }
        List<ValuePart> parts = d.value();
        for (int i = 0; i < parts.size(); i++) {
            part(parts.get(i), i);
        }
        SourceSpan last = out.isEmpty() ? d.keyword().span() : out.get(out.size() - 1).span();
        if (d.end() == DirectiveNode.ValueEnd.CLOSING_BRACE) {
            closingBrace(last);
        } else {
            lineEnd(last);
        }
        add(Piece.Kind.END, "", "", after(last), "", -1);
    }

    private void lineEnd(SourceSpan last) {
        Optional<Integer> comment = context.commentAfter(last.file(), last.endLine(), last.endColumn());
        if (comment.isPresent()) {
            String gap = comment.get() == last.endColumn() + 1 ? "" : " ";
            add(Piece.Kind.EOL, "#", "#", SourceSpan.at(last.file(), last.endLine(), comment.get()), gap, -1);
        } else {
            add(Piece.Kind.EOL, "\n", "", after(last), "", -1);
        }
    }

    /**
     * The brace is known only from the enclosing span. Without it, it is taken to stand on
     * the value's line after a blank, the way configurations are usually written.
     */
    private void closingBrace(SourceSpan last) {
        Optional<SourceSpan> brace = context.closingBrace();
        if (brace.isPresent() && (!brace.get().file().equals(last.file()) || brace.get().line() != last.endLine())) {
            add(Piece.Kind.EOL, "\n", "", after(last), "", -1);
            add(Piece.Kind.CLOSE, "}", "}", brace.get(), "", -1);
            return;
        }
        String gap = brace.map(b -> b.column() == last.endColumn() + 1 ? "" : " ").orElse(" ");
        add(Piece.Kind.CLOSE, "}", "}", brace.orElse(after(last)), gap, -1);
    }

    private void part(ValuePart part, int index) {
        if (part instanceof ValueToken t) {
            add(kindOf(t), t.text(), t.raw(), t.span(), t.spaceBefore(), index);
        } else if (part instanceof ValueBlock b) {
            block(b.statements(), start(b.span()), b.span(), index);
        }
    }

    private void block(List<Statement> body, SourceSpan open, SourceSpan span, int index) {
        add(Piece.Kind.OPEN, "{", "{", open, gapTo(open), index);
        for (Statement s : body) {
            statement(s, span, index);
        }
        SourceSpan close = SourceSpan.at(span.file(), span.endLine(), Math.max(1, span.endColumn()));
        add(Piece.Kind.CLOSE, "}", "}", close, gapTo(close), index);
    }

    private void statement(Statement s, SourceSpan block, int index) {
        if (s instanceof DirectiveNode d) {
            keyword(d.keyword(), index);
            add(Piece.Kind.EQUALS, "=", "=", after(d.keyword().span()), " ", index);
            if (d.valueOnFollowingLine()) {
                add(Piece.Kind.EOL, "\n", "", d.keyword().span(), "", index);
            }
            d.value().forEach(p -> part(p, index));
            boolean braceOnLaterLine = d.value().isEmpty() && block.endLine() > d.keyword().span().endLine();
            if (d.end() != DirectiveNode.ValueEnd.CLOSING_BRACE || braceOnLaterLine) {
                add(Piece.Kind.EOL, "\n", "", after(last()), "", index);
            }
        } else if (s instanceof BlockNode b) {
            keyword(b.keyword(), index);
            block(b.body(), after(b.keyword().span()), b.span(), index);
            add(Piece.Kind.EOL, "\n", "", after(last()), "", index);
        } else if (s instanceof CommandInclude c) {
            add(Piece.Kind.COMMAND, c.command(), "@" + c.command(), c.span(), gapTo(c.span()), index);
            add(Piece.Kind.EOL, "\n", "", after(c.span()), "", index);
        }
    }

    /** A keyword inside a block is read by the value's parser, word by word. */
    private void keyword(Keyword k, int index) {
        String written = k.written();
        SourceSpan span = k.span();
        boolean oneLine = span.line() == span.endLine();
        String gap = gapTo(span);
        int i = 0;
        while (i < written.length()) {
            int j = i;
            while (j < written.length() && !Chars.isBlank(written.charAt(j))) {
                j++;
            }
            SourceSpan at = oneLine
                    ? new SourceSpan(span.file(), span.line(), span.column() + i, span.line(), span.column() + j - 1)
                    : span;
            add(Piece.Kind.WORD, written.substring(i, j), written.substring(i, j), at, gap, index);
            int next = j;
            while (next < written.length() && Chars.isBlank(written.charAt(next))) {
                next++;
            }
            gap = written.substring(j, next);
            i = next;
        }
    }

    /** Blanks are known only for tokens; elsewhere one blank stands for any run of them. */
    private String gapTo(SourceSpan start) {
        if (out.isEmpty()) {
            return "";
        }
        Piece prev = out.get(out.size() - 1);
        if (prev.kind() == Piece.Kind.EOL || !prev.span().file().equals(start.file())
                || prev.span().endLine() != start.line()) {
            return "";
        }
        return start.column() == prev.span().endColumn() + 1 ? "" : " ";
    }

    /** The span of the last piece; only called once the statement's keyword is in. */
    private SourceSpan last() {
        return out.get(out.size() - 1).span();
    }

    private void add(Piece.Kind kind, String text, String raw, SourceSpan span, String gap, int part) {
        out.add(new Piece(kind, text, raw, span, gap, part));
    }

    private static SourceSpan start(SourceSpan s) {
        return SourceSpan.at(s.file(), s.line(), s.column());
    }

    private static SourceSpan after(SourceSpan s) {
        return SourceSpan.at(s.file(), s.endLine(), Math.max(1, s.endColumn() + 1));
    }

    private static Piece.Kind kindOf(ValueToken t) {
        return switch (t.kind()) {
            case WORD -> Piece.Kind.WORD;
            case QUOTED -> Piece.Kind.QUOTED;
            case UNTERMINATED -> Piece.Kind.UNTERMINATED;
            case COMMA -> Piece.Kind.COMMA;
            case EQUALS -> Piece.Kind.EQUALS;
            case COMMAND_INCLUDE -> Piece.Kind.COMMAND;
        };
    }
}
