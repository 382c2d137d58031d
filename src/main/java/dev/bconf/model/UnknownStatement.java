package dev.bconf.model;

import dev.bconf.syntax.Keyword;
import dev.bconf.syntax.Statement;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement whose keyword the catalogue does not know in its place, kept so that rules can
 * tell an unknown directive (BC102) from one of another Bareos version (BC109).
 *
 * @param keyword    the keyword as written
 * @param statement  the whole statement
 * @param suggestion the nearest known name, for a "did you mean"
 */
public record UnknownStatement(Keyword keyword, Statement statement, Optional<String> suggestion) {
    public UnknownStatement {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(suggestion, "suggestion");
    }
}
