package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.model.Resource;
import dev.bconf.site.ClientLink;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;

/**
 * BC205: a passive client whose File Daemon runs in compatible mode (written, or the default
 * before 15.2), which answers the Director like a Bacula client and cannot do passive mode.
 */
public final class PassiveNeedsCompatibleOff implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC205", "passive-needs-compatible-off", Severity.ERROR,
            "Director Client has Passive = yes and the client's effective Compatible is yes.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        for (ClientLink link : site.clients()) {
            if (!Settings.flag(link.client(), "Passive", false) || link.fdClient().isEmpty()) {
                continue;
            }
            Resource own = link.fdClient().get();
            if (!Settings.flag(own, "Compatible", false)) {
                continue;
            }
            String why = Settings.written(own, "Compatible") ? "sets Compatible = yes"
                    : "runs Bareos " + link.fd().orElseThrow().version() + ", where Compatible defaults to yes";
            reporter.report(site.director().orElseThrow(), link.client(), Settings.where(link.client(), "Passive"),
                    "Client \"" + link.name() + "\" is passive, but its File Daemon " + why + "; jobs fail with "
                            + "\"Client ... doesn't support passive client mode\". Set Compatible = no in the File "
                            + "Daemon's Client resource.",
                    new RelatedLocation("the File Daemon's Client resource", Settings.where(own, "Compatible")));
        }
    }
}
