package dev.bconf.lint;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.ModelBuilder;
import dev.bconf.site.NetworkSite;
import java.util.ArrayList;
import java.util.List;

/** Runs every registered rule over the models. */
public final class Linter {

    private Linter() {
    }

    /** The findings of every cross-daemon rule on a site. */
    public static List<Diagnostic> check(NetworkSite site) {
        // Each rule goes over every client of the site on its own: at 10,000 clients they
        // are worth spreading over the cores. The site is read-only once assembled.
        List<List<Diagnostic>> byRule = Rules.SITE_RULES.parallelStream().map(rule -> {
            SiteReporter reporter = new SiteReporter(rule.info());
            rule.check(site, reporter);
            return reporter.found();
        }).toList();
        List<Diagnostic> out = new ArrayList<>();
        byRule.forEach(out::addAll);
        return out;
    }

    /** The findings of every daemon rule on one daemon's configuration. */
    public static List<Diagnostic> check(DaemonConfig config) {
        List<Diagnostic> out = new ArrayList<>();
        if (config.schema().isEmpty()) {
            return out;
        }
        // As for typing (ModelBuilder): the rules of a large daemon share the cores.
        boolean large = config.resources().size() >= ModelBuilder.PARALLEL_FROM;
        (large ? Rules.DAEMON_RULES.parallelStream() : Rules.DAEMON_RULES.stream()).map(rule -> {
            Reporter reporter = new Reporter(rule.info(), config);
            rule.check(config, reporter);
            return reporter.found();
        }).toList().forEach(out::addAll);
        return out;
    }
}
