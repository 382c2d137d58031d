package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.site.ClientFlags;
import dev.bconf.site.ClientLink;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;

/** BC203: after both sides' flags, the Director and the client cannot connect in either direction. */
public final class NoControlChannel implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC203", "no-control-channel", Severity.ERROR,
            "After both sides' flags, no direction remains in which Director and client can connect.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        for (ClientLink link : site.clients()) {
            ClientFlags f = ClientFlags.of(link);
            if (f.directorToClient() || f.clientToDirector()) {
                continue;
            }
            String fdSide = link.fdDirector().map(d -> "; the File Daemon says "
                    + Settings.shown(d, ClientFlags.FROM_DIRECTOR, f.fdAcceptsDial().orElseThrow()) + " and "
                    + Settings.shown(d, ClientFlags.FROM_CLIENT, f.fdDials().orElseThrow())).orElse("");
            RelatedLocation[] related = link.fdDirector().map(d -> new RelatedLocation[] {
                new RelatedLocation("the File Daemon's Director resource", d.header())}).orElse(new RelatedLocation[0]);
            reporter.report(site.director().orElseThrow(), link.client(), link.client().header(),
                    "Client \"" + link.name() + "\" can be reached in no direction: the Director says "
                            + Settings.shown(link.client(), ClientFlags.FROM_DIRECTOR, f.dirDials()) + " and "
                            + Settings.shown(link.client(), ClientFlags.FROM_CLIENT, f.dirAccepts()) + fdSide
                            + ". Every job of this client fails at once. Allow one direction on both sides.",
                    related);
        }
    }
}
