package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * A {@code Keyword = value} statement.
 *
 * @param keyword             the directive's name
 * @param value               the value's tokens and blocks up to the end of the line
 * @param valueOnFollowingLine true when line breaks separate {@code =} from the value,
 *                            which only some datatypes allow
 * @param end                 what ended the value
 * @param span                from the keyword to the value's last token
 */
public record DirectiveNode(
        Keyword keyword,
        List<ValuePart> value,
        boolean valueOnFollowingLine,
        ValueEnd end,
        SourceSpan span) implements Statement {

    public DirectiveNode {
        Objects.requireNonNull(keyword, "keyword");
        value = List.copyOf(value);
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(span, "span");
    }

    /** What ended a value. */
    public enum ValueEnd {
        /** A newline, {@code ;} or comment. */
        LINE_END,
        /** A {@code }} on the same line; Bareos's list and time parsers would swallow it. */
        CLOSING_BRACE,
        /** The end of the file. */
        END_OF_FILE
    }

    /** The value's plain tokens, nested blocks left out. */
    @SuppressWarnings("unchecked")
    public List<ValueToken> tokens() {
        // Nearly every value is tokens only; the immutable list itself is then the answer.
        for (ValuePart part : value) {
            if (!(part instanceof ValueToken)) {
                return value.stream().filter(ValueToken.class::isInstance).map(ValueToken.class::cast).toList();
            }
        }
        return (List<ValueToken>) (List<?>) value;
    }
}
