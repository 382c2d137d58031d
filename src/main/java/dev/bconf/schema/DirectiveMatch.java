package dev.bconf.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * What a written keyword names: always the canonical directive, plus the alias entry when
 * the keyword was an alias ({@code FdPort} for {@code Port}), so that a checker can both
 * treat the two as one directive and point out the alias.
 *
 * @param directive the canonical directive; its datatype, default and required flag apply
 * @param alias     the alias entry that was written, if the keyword was an alias
 */
public record DirectiveMatch(DirectiveSchema directive, Optional<DirectiveSchema> alias) {

    public DirectiveMatch {
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(alias, "alias");
        if (directive.isAlias()) {
            throw new IllegalArgumentException("the target of a match must be canonical: " + directive.name());
        }
    }

    /** True when the keyword was an alias rather than the canonical name. */
    public boolean viaAlias() {
        return alias.isPresent();
    }

    /** The entry the keyword itself named: the alias when one was used, else the directive. */
    public DirectiveSchema written() {
        return alias.orElse(directive);
    }
}
