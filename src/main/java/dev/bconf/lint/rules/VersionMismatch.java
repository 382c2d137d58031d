package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.schema.BareosVersion;
import dev.bconf.schema.DaemonSchema;
import dev.bconf.schema.Lifespan;

/** BC109: a directive or resource type that exists in Bareos, but not in the version the host runs. */
public final class VersionMismatch implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC109", "version-mismatch", Severity.ERROR,
            "A directive the target Bareos version does not know: added later, or removed.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        DaemonSchema schema = config.schema().orElseThrow();
        BareosVersion version = config.version();
        for (Resource r : config.resources()) {
            if (r.schema().isEmpty()) {
                schema.resourceLifespan(r.type()).ifPresent(life -> reporter.report(r.header(), r,
                        "The resource type `" + r.type() + "` " + when(life, version) + "."));
                continue;
            }
            Written.unknown(schema, r, (u, life) -> life.ifPresent(l -> reporter.report(u.keyword().span(), r,
                    "`" + u.keyword().written() + "` " + when(l, version) + "; Bareos " + version
                            + " stops with \"Keyword not permitted in this resource\". "
                            + (l.until().isPresent() ? "Remove it." : "Upgrade, or remove it."))));
        }
    }

    private static String when(Lifespan life, BareosVersion version) {
        if (life.until().filter(version::isAtLeast).isPresent()) {
            return "was removed in Bareos " + life.until().get() + " (this host runs " + version + ")";
        }
        if (life.since().filter(s -> !version.isAtLeast(s)).isPresent()) {
            return "exists only from Bareos " + life.since().get() + " on (this host runs " + version + ")";
        }
        return "does not exist in Bareos " + version;
    }
}
