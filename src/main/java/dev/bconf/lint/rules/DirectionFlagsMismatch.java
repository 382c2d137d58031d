package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.model.Resource;
import dev.bconf.site.ClientFlags;
import dev.bconf.site.ClientLink;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;

/**
 * BC202: a direction flag differs between the Director's Client and the File Daemon's
 * Director resource, so one side allows a connection the other refuses.
 */
public final class DirectionFlagsMismatch implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC202", "direction-flags-mismatch", Severity.WARNING,
            "A ConnectionFrom... flag differs between the Director's Client and the client's Director resource.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        for (ClientLink link : site.clients()) {
            if (link.fdDirector().isEmpty()) {
                continue;
            }
            ClientFlags f = ClientFlags.of(link);
            if (f.dirAccepts() != f.fdDials().orElseThrow()) {
                report(site, reporter, link, ClientFlags.FROM_CLIENT, f.dirAccepts(), f.dirAccepts()
                        ? "the Director waits for connections from this client that its File Daemon never opens"
                        : "the File Daemon dials the Director every 60 seconds and is refused (\"Connection from "
                                + "client ... to director is not allowed\")");
            }
            if (f.dirDials() != f.fdAcceptsDial().orElseThrow()) {
                report(site, reporter, link, ClientFlags.FROM_DIRECTOR, f.dirDials(), f.dirDials()
                        ? "the Director dials the File Daemon, which rejects it (\"Connection from Director ... "
                                + "rejected\")"
                        : "the File Daemon would accept the Director, but the Director never dials it");
            }
        }
    }

    private static void report(NetworkSite site, SiteReporter reporter, ClientLink link, String flag,
            boolean dirValue, String effect) {
        Resource client = link.client();
        Resource fd = link.fdDirector().orElseThrow();
        reporter.report(site.director().orElseThrow(), client, Settings.where(client, flag),
                "Client \"" + link.name() + "\": the Director says " + Settings.shown(client, flag, dirValue)
                        + ", the File Daemon's Director resource says " + Settings.shown(fd, flag, !dirValue)
                        + "; " + effect + ". Set " + flag + " to the same value on both sides.",
                new RelatedLocation("the File Daemon's side", Settings.where(fd, flag)));
    }
}
