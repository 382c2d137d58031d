package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.schema.DaemonSchema;

/** BC101: a resource type this daemon does not have in any Bareos version. */
public final class UnknownResourceType implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC101", "unknown-resource-type", Severity.ERROR,
            "A resource type this daemon does not have.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        DaemonSchema schema = config.schema().orElseThrow();
        for (Resource r : config.resources()) {
            if (r.schema().isPresent() || schema.resourceLifespan(r.type()).isPresent()
                    || !Written.readable(r.node().type())) {
                continue;
            }
            String hint = schema.suggestResourceType(r.type()).map(s -> " Did you mean `" + s + "`?").orElse("");
            reporter.report(r.header(), r, "`" + r.node().type().written() + "` is not a resource type of "
                    + config.source().kind().baseName() + "; Bareos stops with \"Expected a Resource name "
                    + "identifier\"." + hint);
        }
    }
}
