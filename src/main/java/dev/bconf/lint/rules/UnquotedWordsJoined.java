package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;

/** BC112 unquoted-words-joined: An unquoted value of several words, which Bareos joins without spaces. */
public final class UnquotedWordsJoined extends ValueProblemRule {

    public static final RuleInfo INFO = new RuleInfo("BC112", "unquoted-words-joined", Severity.WARNING,
            "An unquoted value of several words, which Bareos joins without spaces.");

    public UnquotedWordsJoined() {
        super(INFO);
    }
}
