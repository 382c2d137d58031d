package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;

/** BC111 trailing-text-ignored: Bareos silently drops what follows a value on its line. */
public final class TrailingTextIgnored extends ValueProblemRule {

    public static final RuleInfo INFO = new RuleInfo("BC111", "trailing-text-ignored", Severity.WARNING,
            "Bareos silently drops what follows a value on its line.");

    public TrailingTextIgnored() {
        super(INFO);
    }
}
