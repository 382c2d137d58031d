package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;

/** The rules whose findings the value reader makes: each reports the problems of its id. */
abstract class ValueProblemRule implements DaemonRule {

    private final RuleInfo info;

    ValueProblemRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        Written.problems(config, (resource, problem) -> {
            if (problem.ruleId().equals(info.id())) {
                reporter.report(problem.span(), resource, problem.message());
            }
        });
    }
}
