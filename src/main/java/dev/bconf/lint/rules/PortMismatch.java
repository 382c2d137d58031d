package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.site.ClientFlags;
import dev.bconf.site.Agreement;
import dev.bconf.site.ClientLink;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;
import dev.bconf.site.StorageLink;
import java.util.Set;

/**
 * BC211: the port one side dials is not a port the other side listens on: Director to File
 * Daemon, Director to Storage Daemon, and a File Daemon dialling the Director.
 */
public final class PortMismatch implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC211", "port-mismatch", Severity.ERROR,
            "The port one side dials is not the port the other side listens on.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        DaemonConfig director = site.director().orElse(null);
        if (director == null) {
            return;
        }
        for (ClientLink c : site.clients()) {
            if (c.fdClient().isPresent() && ClientFlags.of(c).directorToClient()) {
                compare(reporter, director, c.client(), c.fdClient().get(), "Fd", "the Director dials Client \""
                        + c.name() + "\"", "its File Daemon");
            }
            c.fdDirector().filter(d -> Settings.flag(d, ClientFlags.FROM_CLIENT, false))
                    .ifPresent(d -> site.directorResource().ifPresent(dir -> compare(reporter, c.fd().orElseThrow(),
                            d, dir, "Dir", "the File Daemon of Client \"" + c.name() + "\" dials the Director",
                            "the Director")));
        }
        for (StorageLink s : site.storages()) {
            if (s.sdStorage().isPresent()) {
                compare(reporter, director, s.storage(), s.sdStorage().get(), "Sd", "the Director and the File "
                        + "Daemons dial Storage \"" + s.name() + "\"", "its Storage Daemon");
            }
        }
    }

    private static void compare(SiteReporter reporter, DaemonConfig dialler, Resource dials, Resource listener,
            String prefix, String who, String peer) {
        if (Agreement.portAgrees(dials, listener, prefix)) {
            return;
        }
        int port = Settings.port(dials, "Port").orElseThrow();
        Set<Integer> listening = Settings.listenPorts(listener, prefix);
        reporter.report(dialler, dials, Settings.where(dials, "Port"), "Port mismatch: " + who + " at port "
                + port + (Settings.written(dials, "Port") ? "" : " (default)") + ", but " + peer
                + " listens on " + listening + "; connections are refused. Use the same port on both sides.",
                new RelatedLocation(peer + " listens here", Settings.where(listener,
                        Settings.known(listener, "Port", prefix + "Port"))));
    }
}
