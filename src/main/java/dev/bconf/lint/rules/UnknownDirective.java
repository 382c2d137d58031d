package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.schema.DaemonSchema;

/** BC102: a directive the resource does not have in any Bareos version (BC109 covers other versions). */
public final class UnknownDirective implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC102", "unknown-directive", Severity.ERROR,
            "A directive this resource does not have.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        DaemonSchema schema = config.schema().orElseThrow();
        for (Resource r : config.resources()) {
            if (r.schema().isEmpty()) {
                continue;
            }
            Written.unknown(schema, r, (u, otherVersion) -> {
                if (!Written.readable(u.keyword()) || otherVersion.isPresent()) {
                    return;
                }
                String hint = u.suggestion().map(s -> " Did you mean `" + s + "`?").orElse("");
                reporter.report(u.keyword().span(), r, "`" + u.keyword().written() + "` is not a directive of "
                        + Written.named(r) + "; Bareos stops with \"Keyword ... not permitted in this resource\"."
                        + hint);
            });
        }
    }
}
