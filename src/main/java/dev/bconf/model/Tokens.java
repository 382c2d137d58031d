package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import java.util.List;

/**
 * Bareos's lexer ({@code LexGetToken}, dialect.md §1.4-1.10) replayed over a value's
 * pieces, one token at a time, so that a value parser can switch lexer modes half-way as
 * Bareos's parsers do. It also keeps what Bareos's lexer keeps between tokens: the last
 * token's text ({@code lc->str}) and the character it stopped on ({@code lc->ch}).
 */
final class Tokens {

    private final List<Piece> pieces;
    private int pos;
    private String str = "=";
    private char ch = '=';
    private int lastFrom;
    private int lastTo;
    private boolean braceSwallowed;

    Tokens(List<Piece> pieces) {
        this.pieces = pieces;
    }

    /** The next token, as {@code LexGetToken(lc, BCT_ALL)} returns it. */
    BareosToken next(LexMode mode) {
        Piece p = pieces.get(pos);
        lastFrom = pos;
        lastTo = pos;
        return switch (p.kind()) {
            case END -> at(BareosToken.Kind.EOF, str, '\n');
            case EOL -> {
                pos++;
                yield at(BareosToken.Kind.EOL, str, '\n');
            }
            case COMMA -> single(BareosToken.Kind.COMMA, ',');
            case EQUALS -> single(BareosToken.Kind.EQUALS, '=');
            case OPEN -> single(BareosToken.Kind.BLOCK_BEGIN, '{');
            case CLOSE -> {
                braceSwallowed |= p.part() < 0;
                yield single(BareosToken.Kind.BLOCK_END, '}');
            }
            case QUOTED -> whole(BareosToken.Kind.QUOTED_STRING);
            case UNTERMINATED -> whole(BareosToken.Kind.ERROR);
            case COMMAND -> whole(BareosToken.Kind.COMMAND);
            case WORD -> word(mode);
        };
    }

    /** The next token that is not an end of line ({@code BCT_SKIP_EOL}). */
    BareosToken nextSkippingEol(LexMode mode) {
        BareosToken t = next(mode);
        while (t.kind() == BareosToken.Kind.EOL) {
            t = next(mode);
        }
        return t;
    }

    /** Un-reads the last token, as Bareos does with a {@code }} at the end of a line. */
    void pushBack() {
        if (pieces.get(lastFrom).kind() == Piece.Kind.CLOSE && pieces.get(lastFrom).part() < 0) {
            braceSwallowed = false;
        }
        pos = lastFrom;
    }

    /** The character Bareos's lexer stands on after the last token. */
    char ch() {
        return ch;
    }

    /** True when a value parser read the {@code }} that closes the enclosing resource or block. */
    boolean braceSwallowed() {
        return braceSwallowed;
    }

    List<Piece> pieces() {
        return pieces;
    }

    int position() {
        return pos;
    }

    int lastFrom() {
        return lastFrom;
    }

    int lastTo() {
        return lastTo;
    }

    SourceSpan span(int from, int to) {
        return pieces.get(from).span().through(pieces.get(to).span());
    }

    private BareosToken single(BareosToken.Kind kind, char c) {
        Piece p = pieces.get(pos++);
        str = p.text();
        return at(kind, str, c);
    }

    private BareosToken whole(BareosToken.Kind kind) {
        Piece p = pieces.get(pos++);
        str = p.text();
        return at(kind, str, after(lastFrom));
    }

    private BareosToken word(LexMode mode) {
        Piece p = pieces.get(pos);
        char c = p.text().charAt(0);
        if (Chars.isLetter(c) && mode == LexMode.DEFAULT) {
            return identifier();
        }
        pos++;
        char following = after(lastFrom);
        boolean number = Chars.isDigit(c) && mode != LexMode.FORCE_STRING && allDigits(p.text())
                && (Chars.isBlank(following) || following == '\n' || following == ',' || following == ';');
        str = p.text();
        return at(number ? BareosToken.Kind.NUMBER : BareosToken.Kind.UNQUOTED_STRING, str, following);
    }

    /**
     * Letters, with blanks skipped, up to a terminator; any other character turns the token
     * into a plain word that ends at the next blank (lex.cc {@code lex_identifier}).
     */
    private BareosToken identifier() {
        StringBuilder sb = new StringBuilder();
        int i = pos;
        int words = 0;
        while (true) {
            Piece p = pieces.get(i);
            words++;
            sb.append(p.text());
            if (!allLetters(p.text())) {
                return joined(BareosToken.Kind.UNQUOTED_STRING, sb, i, words, after(i));
            }
            Piece next = pieces.get(i + 1);
            if (next.kind() != Piece.Kind.WORD) {
                return joined(BareosToken.Kind.IDENTIFIER, sb, i, words, next.first());
            }
            i++;
        }
    }

    private BareosToken joined(BareosToken.Kind kind, StringBuilder text, int last, int words, char following) {
        pos = last + 1;
        lastTo = last;
        str = text.toString();
        ch = following;
        return new BareosToken(kind, str, span(lastFrom, last), words, following);
    }

    private BareosToken at(BareosToken.Kind kind, String text, char following) {
        ch = following;
        return new BareosToken(kind, text, pieces.get(lastFrom).span(), 1, following);
    }

    /** The character after piece {@code i}: its blank, or the next piece's first character. */
    private char after(int i) {
        Piece next = pieces.get(i + 1);
        return next.gap().isEmpty() ? next.first() : next.gap().charAt(0);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Chars.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Chars.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
