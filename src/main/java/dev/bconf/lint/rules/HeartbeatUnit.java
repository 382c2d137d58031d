package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Value;
import dev.bconf.model.ValueProblem;

/** BC208: a HeartbeatInterval written with months (`m`) or longer than a day, which keeps nothing alive. */
public final class HeartbeatUnit implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC208", "heartbeat-unit", Severity.WARNING,
            "A HeartbeatInterval written with the m unit (months in Bareos) or longer than a day.");

    private static final long DAY = 86_400;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        Written.directives(config, (r, d) -> {
            if (!d.name().equalsIgnoreCase("HeartbeatInterval") || d.value().isEmpty()) {
                return;
            }
            boolean months = d.problems().stream().anyMatch(p -> p.kind() == ValueProblem.Kind.TIME_UNIT_MONTHS);
            long seconds = d.value().get() instanceof Value.Duration t ? t.seconds() : 0;
            if (months || seconds > DAY) {
                reporter.report(d.span().orElseThrow(), r, "HeartbeatInterval of " + Written.named(r) + " is "
                        + seconds + " seconds" + (months ? " (`m` means months in Bareos)" : "") + "; a keepalive "
                        + "that rare lets firewalls drop idle connections. Write HeartbeatInterval = 60 (seconds) "
                        + "or e.g. `1 min`.");
            }
        });
    }
}
