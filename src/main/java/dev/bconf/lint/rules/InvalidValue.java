package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;

/** BC103 invalid-value: A value its datatype rejects (boolean, time, size, port, number, keyword, address, ...). */
public final class InvalidValue extends ValueProblemRule {

    public static final RuleInfo INFO = new RuleInfo("BC103", "invalid-value", Severity.ERROR,
            "A value its datatype rejects (boolean, time, size, port, number, keyword, address, ...).");

    public InvalidValue() {
        super(INFO);
    }
}
