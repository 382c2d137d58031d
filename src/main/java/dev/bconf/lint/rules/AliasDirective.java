package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;

/** BC110: an alias spelling where a canonical name exists ({@code FdPort} for {@code Port}). */
public final class AliasDirective implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC110", "alias-directive", Severity.INFO,
            "An alias (FDPort, SDPort, DirPort, FileDaemon) where a canonical name exists.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        for (Resource r : config.resources()) {
            r.typeAlias().ifPresent(alias -> reporter.report(r.header(), r, "`" + alias + "` is an alias of the "
                    + "resource type `" + r.type() + "`; Bareos warns that it is discouraged. Write `" + r.type()
                    + "`."));
        }
        Written.directives(config, (r, d) -> d.aliasWritten().ifPresent(alias -> reporter.report(
                d.node().orElseThrow().keyword().span(), r, "`" + alias + "` is an alias of `" + d.name()
                        + "` here; both set the same value, so a resource that writes both keeps the last. Write `"
                        + d.name() + "`.")));
    }
}
