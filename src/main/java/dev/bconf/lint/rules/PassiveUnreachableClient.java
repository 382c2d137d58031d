package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.site.ClientFlags;
import dev.bconf.site.ClientLink;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;

/**
 * BC214: a passive client (the Storage Daemon dials it) that the Director may not dial: a
 * client nobody may dial is usually not reachable from outside, and passive mode needs it to be.
 */
public final class PassiveUnreachableClient implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC214", "passive-unreachable-client", Severity.WARNING,
            "Passive = yes while the Director may not dial that client either.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        for (ClientLink link : site.clients()) {
            if (Settings.flag(link.client(), "Passive", false)
                    && !Settings.flag(link.client(), ClientFlags.FROM_DIRECTOR, true)) {
                reporter.report(site.director().orElseThrow(), link.client(), Settings.where(link.client(), "Passive"),
                        "Client \"" + link.name() + "\" is passive, so the Storage Daemon dials it at its Address, "
                                + "but ConnectionFromDirectorToClient = no says it is not to be dialled; a client "
                                + "closed to the Director is seldom open to the Storage Daemon. Drop Passive (the "
                                + "client then dials the Storage Daemon) or open the client to the Storage Daemon.");
            }
        }
    }
}
