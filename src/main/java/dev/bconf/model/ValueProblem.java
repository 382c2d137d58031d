package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong or surprising about how Bareos reads a value.
 *
 * @param kind          what sort of problem, which decides the rule it is reported under
 * @param message       what Bareos does and how to fix it, for an administrator; never
 *                      contains a secret
 * @param bareosMessage the message Bareos itself prints for it, when it prints one (secrets
 *                      are redacted here too)
 * @param span          the text the problem is about
 */
public record ValueProblem(Kind kind, String message, Optional<String> bareosMessage, SourceSpan span) {

    public ValueProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(bareosMessage, "bareosMessage");
        Objects.requireNonNull(span, "span");
    }

    /** The rule id this problem is reported under. */
    public String ruleId() {
        return kind.ruleId();
    }

    /** True when Bareos refuses the configuration because of it. */
    public boolean isError() {
        return kind.error;
    }

    /** The kinds of problem and the rules they belong to. */
    public enum Kind {
        /** Bareos refuses the value (BC103 invalid-value). */
        INVALID_VALUE("BC103", true),
        /** The value's parser reads the {@code }} that should close the resource (BC103). */
        CLOSING_BRACE_SWALLOWED("BC103", true),
        /** Bareos silently drops text after the value (BC111 trailing-text-ignored). */
        TRAILING_TEXT_IGNORED("BC111", false),
        /** Bareos reads the text after the value as a directive of its own (BC111). */
        TRAILING_TEXT_READ_AS_DIRECTIVE("BC111", false),
        /** Unquoted words joined without their spaces (BC112 unquoted-words-joined). */
        UNQUOTED_WORDS_JOINED("BC112", false),
        /** {@code m}, {@code mo} or {@code mon} in a time, which Bareos reads as months (BC113). */
        TIME_UNIT_MONTHS("BC113", false),
        /** A spelling Bareos still accepts but warns about (BC108 deprecated-directive). */
        DEPRECATED_SPELLING("BC108", false);

        private final String ruleId;
        private final boolean error;

        Kind(String ruleId, boolean error) {
            this.ruleId = ruleId;
            this.error = error;
        }

        public String ruleId() {
            return ruleId;
        }
    }
}
