package dev.bconf.syntax.internal;

import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Keeps passwords out of syntax messages, which are made before anything knows the catalogue.
 * The directives that hold secrets are few, and the same in every daemon and version (a test
 * holds this list to the catalogue): in a statement whose keyword names one of them, a message
 * shows the keyword and describes what follows without its text.
 */
final class SecretText {

    private static final Set<String> KEYWORDS = Set.of("password", "dbpassword", "fdpassword", "sdpassword",
            "keyencryptionkey");

    /** The tokens before which a statement may start (see FIRST_WORD in the grammar). */
    private static final Set<Integer> STATEMENT_BOUNDS = Set.of(BareosLexer.NEWLINE, BareosLexer.SEMICOLON,
            BareosLexer.LBRACE, BareosLexer.RBRACE, BareosParser.BOM, BareosParser.COMMAND_INCLUDE);

    private SecretText() {
    }

    /** The secret keywords, folded as Bareos compares keywords: lower case, no blanks. */
    static Set<String> keywords() {
        return KEYWORDS;
    }

    /**
     * Keyword text as written, cut after a secret's name when more words follow it, as in
     * {@code Password secret} written without its {@code =}.
     */
    static String keyword(String written) {
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            folded.append(Character.toLowerCase(c));
            boolean wordEnds = i + 1 == written.length() || written.charAt(i + 1) == ' '
                    || written.charAt(i + 1) == '\t';
            if (KEYWORDS.contains(folded.toString()) && wordEnds) {
                return written.substring(0, i + 1);
            }
            if (KEYWORDS.stream().noneMatch(k -> k.startsWith(folded.toString()))) {
                return written;
            }
        }
        return written;
    }

    /** Whether {@code t} follows the keyword of a statement that sets a secret. */
    static boolean hidden(TokenStream tokens, Token t) {
        int at = t.getTokenIndex();
        if (at < 0 || at >= tokens.size()) {
            return false;
        }
        int start = at;
        while (start > 0 && !STATEMENT_BOUNDS.contains(tokens.get(start - 1).getType())) {
            start--;
        }
        StringBuilder folded = new StringBuilder();
        for (int i = start; i < at; i++) {
            Token w = tokens.get(i);
            if (w.getType() != BareosParser.FIRST_WORD && w.getType() != BareosLexer.WORD) {
                return false;
            }
            folded.append(w.getText().toLowerCase(Locale.ROOT));
            if (KEYWORDS.contains(folded.toString())) {
                return true;
            }
            if (KEYWORDS.stream().noneMatch(k -> k.startsWith(folded.toString()))) {
                return false;
            }
        }
        return false;
    }
}
