package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.ValuePart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every value parser works with: the token stream, Bareos's token expectations
 * ({@code BCT_NAME}, {@code BCT_STRING}, ...), the three ways a value's line ends, and the
 * problems found on the way. A parser reads in Bareos's order and stops at Bareos's first
 * error by throwing {@link Rejection}.
 */
final class Reader {

    /** Bareos's {@code MAX_RES_NAME_LENGTH}. */
    private static final int MAX_NAME_BYTES = 127;

    final Datatype datatype;
    final DirectiveNode directive;
    final ValueContext context;
    final Tokens tokens;
    private final List<ValueProblem> problems = new ArrayList<>();
    private List<ValuePart> unread = List.of();
    private boolean ended;
    private String kept = "";
    private int droppedFrom = -1;
    private int droppedProblem = -1;

    Reader(Datatype datatype, DirectiveNode directive, ValueContext context) {
        this.datatype = datatype;
        this.directive = directive;
        this.context = context;
        this.tokens = new Tokens(Pieces.of(directive, context));
    }

    /** A stop at Bareos's first error in a value. */
    static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ValueProblem problem;

        Rejection(ValueProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        ValueProblem problem() {
            return problem;
        }
    }

    // ---- expectations -------------------------------------------------------------

    /** {@code LexGetToken(lc, BCT_NAME)}: a word of at most 127 bytes. */
    BareosToken name(LexMode mode) {
        BareosToken t = tokens.next(mode);
        if (!t.isWord()) {
            throw unexpected(t, "a name", "expected a name, got " + t.kind().bareosName() + ": " + shown(t.text()));
        }
        int bytes = t.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw reject("`" + shown(t.text()) + "` is " + bytes + " bytes long; Bareos allows at most "
                    + MAX_NAME_BYTES + " here.", "name " + shown(t.text()) + " length " + bytes
                    + " too long, max is " + MAX_NAME_BYTES, t.span());
        }
        return word(t);
    }

    BareosToken name() {
        return name(LexMode.DEFAULT);
    }

    /** {@code LexGetToken(lc, BCT_STRING)}: a word of any length. */
    BareosToken string(LexMode mode) {
        BareosToken t = tokens.next(mode);
        if (!t.isWord()) {
            throw unexpected(t, "a string", "expected a string, got " + t.kind().bareosName() + ": " + shown(t.text()));
        }
        return word(t);
    }

    BareosToken string() {
        return string(LexMode.DEFAULT);
    }

    /** Notes a word taken as (part of) the value: Bareos joins unquoted words without their blanks. */
    BareosToken word(BareosToken t) {
        kept = t.text();
        if (t.joinedWords() > 1) {
            String written = Pieces.written(tokens.pieces(), tokens.lastFrom(), tokens.lastTo());
            problems.add(new ValueProblem(ValueProblem.Kind.UNQUOTED_WORDS_JOINED, datatype.secret()
                    ? "Bareos joins the unquoted words of this password without the blanks between them. "
                            + "Quote the password to keep them."
                    : "Bareos joins the unquoted words `" + written + "` into `" + t.text()
                            + "`, dropping the blanks. Quote the value to keep them: \"" + written + "\".",
                    Optional.empty(), t.span()));
        }
        return t;
    }

    // ---- problems -------------------------------------------------------------------

    Rejection reject(String message, String bareos, SourceSpan span) {
        String full = bareos.isEmpty() ? message
                : message + " Bareos stops with \"" + bareos + "\"" + (bareos.endsWith(".") ? "" : ".");
        return new Rejection(new ValueProblem(ValueProblem.Kind.INVALID_VALUE, full,
                bareos.isEmpty() ? Optional.empty() : Optional.of(bareos), span));
    }

    /** A token of the wrong kind where Bareos expects {@code what}. */
    Rejection unexpected(BareosToken t, String what, String bareos) {
        String keyword = "`" + directive.keyword().written() + " =`";
        String message = switch (t.kind()) {
            case EOL -> tokens.lastFrom() == 0 && directive.valueOnFollowingLine()
                    ? "The value stands on the line after " + keyword + ", but Bareos reads " + what
                            + " only from the line of the `=`. Put the value on that line."
                    : tokens.lastFrom() == 0
                            ? keyword + " has no value. Write " + what + " after the `=`."
                            : "The line ends where Bareos expects " + what
                                    + " (a list that ends with `,` must continue on the same line).";
            case NUMBER -> datatype.secret()
                    ? "A password of digits only is a number to Bareos, which it refuses here. Quote the password."
                    : "`" + t.text() + "` is a number to Bareos, and " + what + " cannot be a number. Quote it: \""
                            + t.text() + "\".";
            case BLOCK_END -> "A `}` stands where Bareos expects " + what + ". Write the value before the `}`.";
            case QUOTED_STRING -> "Bareos does not accept a quoted value here. Write it without the quotes.";
            case ERROR -> "The quoted string is never closed, so Bareos finds no value.";
            case EOF -> "The value is missing.";
            case IDENTIFIER, UNQUOTED_STRING -> "`" + shown(t.text()) + "` is not " + what + ".";
            default -> "`" + t.text() + "` stands where Bareos expects " + what + ".";
        };
        return reject(message, bareos, t.span());
    }

    void warn(ValueProblem.Kind kind, String message, SourceSpan span) {
        problems.add(new ValueProblem(kind, message, Optional.empty(), span));
    }

    /** Texts of secrets never appear in messages. */
    String shown(String text) {
        return datatype.secret() ? "<redacted>" : text;
    }

    /** The text last taken as the value, for messages about what Bareos keeps. */
    String kept() {
        return kept;
    }

    // ---- how the value's line ends --------------------------------------------------

    /**
     * {@code ScanToEol}: everything up to the end of the line is read and dropped; a
     * {@code }} is put back so that the resource can close.
     */
    void scanToEol() {
        scanToEol(Optional.empty());
    }

    /** {@link #scanToEol()} with a message that explains the dropped text better. */
    void scanToEol(Optional<String> message) {
        ended = true;
        int from = -1;
        int to = -1;
        while (true) {
            BareosToken t = tokens.next(LexMode.DEFAULT);
            if (t.kind() == BareosToken.Kind.EOL || t.kind() == BareosToken.Kind.EOF) {
                break;
            }
            if (t.kind() == BareosToken.Kind.BLOCK_END) {
                tokens.pushBack();
                if (tokens.pieces().get(tokens.position()).part() >= 0) {
                    stop();
                }
                break;
            }
            from = from < 0 ? tokens.lastFrom() : from;
            to = tokens.lastTo();
        }
        if (from >= 0) {
            dropped(from, to, message);
        }
    }

    /** Notes tokens {@code from}..{@code to} that Bareos reads and forgets; one problem per value. */
    void dropped(int from, int to, Optional<String> message) {
        if (droppedProblem >= 0) {
            problems.remove(droppedProblem);
            from = droppedFrom;
        }
        droppedFrom = from;
        droppedProblem = problems.size();
        String text = Pieces.written(tokens.pieces(), from, to);
        // Numbers, times and sizes are not taken through word(): what stands before the dropped text is the value.
        String value = kept.isEmpty() && from > 0 ? Pieces.written(tokens.pieces(), 0, from - 1).strip() : kept;
        String explained = message.orElseGet(() -> datatype.secret()
                ? "Bareos ignores the rest of the line after the first word of this password, so the password "
                        + "it uses is shorter than written. Quote the whole password."
                : "Bareos ignores `" + text + "` after the value and keeps only `" + value + "`. "
                        + (text.startsWith(",") ? "This directive takes one value; quote the value if the comma "
                                + "belongs to it, or repeat the directive for each value."
                                : "Quote the whole value if the rest belongs to it, or remove the rest."));
        warn(ValueProblem.Kind.TRAILING_TEXT_IGNORED, explained, tokens.span(from, to));
    }

    /**
     * The value ends here without {@code ScanToEol}: what remains on the line is read by
     * Bareos as the start of the next directive.
     */
    void stop() {
        ended = true;
        int at = tokens.position();
        Piece first = tokens.pieces().get(at);
        if (first.part() < 0) {
            return;
        }
        unread = directive.value().subList(first.part(), directive.value().size());
        int last = tokens.pieces().size() - 1;
        while (tokens.pieces().get(last).part() < 0) {
            last--;
        }
        String text = Pieces.written(tokens.pieces(), at, last);
        SourceSpan span = tokens.span(at, last);
        BareosToken t = tokens.next(LexMode.DEFAULT);
        switch (t.kind()) {
            case IDENTIFIER -> warn(ValueProblem.Kind.TRAILING_TEXT_READ_AS_DIRECTIVE, "Bareos does not treat `"
                    + text + "` as part of this value: it reads it as a directive of its own. Put it on a line "
                    + "of its own so that this is visible.", span);
            case BLOCK_END -> problems.add(reject("Bareos takes this `}` for the end of the resource, which "
                    + "closes it too early.", "", t.span()).problem());
            default -> problems.add(reject("Bareos does not treat `" + text + "` as part of this value and "
                    + "cannot read it as a directive either. Remove it, or quote the value if it belongs to it.",
                    "unexpected token " + t.kind().code() + " " + t.kind().bareosName() + " in resource definition",
                    span).problem());
        }
    }

    // ---- results ------------------------------------------------------------------

    ValueResult finish(Value value) {
        if (!ended) {
            stop();
        }
        if (tokens.braceSwallowed()) {
            Piece brace = tokens.pieces().stream()
                    .filter(p -> p.kind() == Piece.Kind.CLOSE && p.part() < 0).findFirst().orElseThrow();
            problems.add(new ValueProblem(ValueProblem.Kind.CLOSING_BRACE_SWALLOWED, "Bareos swallows this `}`: "
                    + "the parser of this " + datatype + " value reads on past the value and takes the brace "
                    + "with it, so the resource is never closed and Bareos stops with \"End of conf file reached "
                    + "with unclosed resource.\" or a follow-up error. Put the `}` on a line of its own.",
                    Optional.empty(), brace.span()));
        }
        return new ValueResult(Optional.of(value), problems, unread);
    }

    ValueResult rejected(ValueProblem problem) {
        problems.add(problem);
        return new ValueResult(Optional.empty(), problems, List.of());
    }
}
