package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;

/** BC113 time-unit-months: A time value using m, mo or mon, which Bareos reads as months. */
public final class TimeUnitMonths extends ValueProblemRule {

    public static final RuleInfo INFO = new RuleInfo("BC113", "time-unit-months", Severity.WARNING,
            "A time value using m, mo or mon, which Bareos reads as months.");

    public TimeUnitMonths() {
        super(INFO);
    }
}
