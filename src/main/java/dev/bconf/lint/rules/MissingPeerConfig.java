package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.site.ClientLink;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.StorageLink;

/** BC215: a Director Client or Storage whose daemon configuration is not in the input. */
public final class MissingPeerConfig implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC215", "missing-peer-config", Severity.INFO,
            "A Director Client or Storage has no matching daemon config in the input, so cross-daemon rules "
                    + "skipped it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        for (ClientLink c : site.clients()) {
            if (c.fd().isEmpty()) {
                reporter.report(site.director().orElseThrow(), c.client(), c.client().header(), "No File Daemon "
                        + "configuration for Client \"" + c.name() + "\" was given, so its names, password, port, "
                        + "TLS and direction flags were not compared. Add it (e.g. --fd or a site folder).");
            }
        }
        for (StorageLink s : site.storages()) {
            if (s.sd().isEmpty()) {
                reporter.report(site.director().orElseThrow(), s.storage(), s.storage().header(), "No Storage Daemon "
                        + "configuration for Storage \"" + s.name() + "\" was given, so its name, password, port "
                        + "and TLS were not compared. Add it (e.g. --sd or a site folder).");
            }
        }
    }
}
