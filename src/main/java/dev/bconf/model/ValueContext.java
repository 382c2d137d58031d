package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.syntax.Comment;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a value's reading depends on besides its datatype and its tokens: the directive's
 * catalogue flags, and the text right after the value, which the syntax tree does not keep
 * but Bareos's lexer looks at ({@code 5}}} is a word, {@code 5 }}} a number whose time
 * parser swallows the brace; {@code 5#c} is a word, {@code 5 #c} a number).
 * Immutable; each {@code with...} method returns a changed copy.
 */
public final class ValueContext {

    private static final ValueContext NONE = new ValueContext(false, Value.Password.Encoding.MD5,
            Optional.empty(), Optional.empty(), Map.of());

    private final boolean required;
    private final Value.Password.Encoding autoPassword;
    private final Optional<SourceSpan> enclosing;
    private final Optional<String> resourceName;
    private final Map<Line, Integer> commentColumns;

    private record Line(Path file, int number) {
    }

    private ValueContext(boolean required, Value.Password.Encoding autoPassword, Optional<SourceSpan> enclosing,
            Optional<String> resourceName, Map<Line, Integer> commentColumns) {
        this.required = required;
        this.autoPassword = autoPassword;
        this.enclosing = enclosing;
        this.resourceName = resourceName;
        this.commentColumns = commentColumns;
    }

    /**
     * Nothing known: the directive is optional, AUTOPASSWORD is hashed, no comment touches
     * the value, and a {@code }} after the value on its line stands after a blank.
     */
    public static ValueContext none() {
        return NONE;
    }

    /** The file's comments, so that a comment written right after a value is noticed. */
    public ValueContext withComments(Collection<Comment> comments) {
        Map<Line, Integer> columns = new HashMap<>();
        for (Comment c : comments) {
            columns.merge(new Line(c.span().file(), c.span().line()), c.span().column(), Math::min);
        }
        return new ValueContext(required, autoPassword, enclosing, resourceName, Map.copyOf(columns));
    }

    /**
     * The resource or block the directive stands in; its span ends at the {@code }} that
     * may follow the value on the same line.
     */
    public ValueContext enclosedBy(SourceSpan span) {
        return new ValueContext(required, autoPassword, Optional.of(span), resourceName, commentColumns);
    }

    /** Whether the catalogue marks the directive required (Bareos then refuses empty passwords). */
    public ValueContext withRequired(boolean isRequired) {
        return new ValueContext(isRequired, autoPassword, enclosing, resourceName, commentColumns);
    }

    /** How an AUTOPASSWORD is kept here: in clear for Catalogs, NDMP and key encryption keys. */
    public ValueContext withAutoPassword(Value.Password.Encoding encoding) {
        return new ValueContext(required, Objects.requireNonNull(encoding, "encoding"), enclosing, resourceName,
                commentColumns);
    }

    /** The name of the resource, which some of Bareos's messages quote. */
    public ValueContext withResourceName(String name) {
        return new ValueContext(required, autoPassword, enclosing, Optional.of(name), commentColumns);
    }

    public boolean required() {
        return required;
    }

    public Value.Password.Encoding autoPassword() {
        return autoPassword;
    }

    public Optional<String> resourceName() {
        return resourceName;
    }

    /** Where the enclosing resource's or block's closing brace stands, when known. */
    Optional<SourceSpan> closingBrace() {
        return enclosing.map(s -> SourceSpan.at(s.file(), s.endLine(), Math.max(1, s.endColumn())));
    }

    /** The column of the comment starting on this line after {@code afterColumn}, if any. */
    Optional<Integer> commentAfter(Path file, int line, int afterColumn) {
        return Optional.ofNullable(commentColumns.get(new Line(file, line))).filter(column -> column > afterColumn);
    }
}
