package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.schema.BareosVersion;

/**
 * BC108: a directive or resource type the target version marks deprecated, or a value
 * spelling Bareos still accepts with a warning ({@code true} for {@code yes}).
 */
public final class DeprecatedDirective implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC108", "deprecated-directive", Severity.WARNING,
            "A directive, resource type or value spelling the target version marks deprecated.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        BareosVersion version = config.version();
        for (Resource r : config.resources()) {
            if (r.schema().filter(s -> s.lifespan().isDeprecatedIn(version)).isPresent()) {
                reporter.report(r.header(), r, "The resource type `" + r.type() + "` is deprecated in Bareos "
                        + version + "; it still works but will be removed.");
            }
        }
        Written.directives(config, (r, d) -> {
            if (d.schema().lifespan().isDeprecatedIn(version)) {
                reporter.report(d.node().orElseThrow().keyword().span(), r, "`" + d.name() + "` is deprecated in "
                        + "Bareos " + version + " (\"using deprecated keyword\"); it still works but will be "
                        + "removed. Remove it, or move to its replacement.");
            }
        });
        Written.problems(config, (r, p) -> {
            if (p.ruleId().equals(INFO.id())) {
                reporter.report(p.span(), r, p.message());
            }
        });
    }
}
