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
import java.util.ArrayList;
import java.util.List;

/**
 * BC201: a client-initiated connection is enabled but no HeartbeatInterval keeps the idle
 * waiting connection alive. The manual asks for it on the Director's Client; the File Daemon
 * opens the socket, so its own Client HeartbeatInterval is what applies to it. Each side
 * that lacks it is reported when its configuration is present.
 */
public final class HeartbeatMissing implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC201", "heartbeat-missing", Severity.WARNING,
            "A client-initiated connection is enabled but no HeartbeatInterval keeps the waiting connection alive.");

    private static final String HEARTBEAT = "HeartbeatInterval";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        for (ClientLink link : site.clients()) {
            ClientFlags flags = ClientFlags.of(link);
            if (!flags.clientInitiatedWanted()) {
                continue;
            }
            RelatedLocation[] enabled = enabledAt(link);
            Resource client = link.client();
            if (Settings.seconds(client, HEARTBEAT).orElse(0) == 0) {
                reporter.report(site.director().orElseThrow(), client, Settings.where(client, HEARTBEAT),
                        "Client \"" + link.name() + "\" uses client-initiated connections but sets no "
                                + "HeartbeatInterval; idle waiting connections are dropped by firewalls and NAT. "
                                + "Add HeartbeatInterval = 60 to this Client resource.", enabled);
            }
            if (link.fdClient().isPresent() && Settings.seconds(link.fdClient().get(), HEARTBEAT).orElse(0) == 0) {
                Resource own = link.fdClient().get();
                reporter.report(link.fd().orElseThrow(), own, Settings.where(own, HEARTBEAT),
                        "The File Daemon of Client \"" + link.name() + "\" is the side that opens a client-initiated "
                                + "connection, so its own HeartbeatInterval is the keepalive on that socket, and it "
                                + "sets none (the Director-side value does not apply to it). Add "
                                + "HeartbeatInterval = 60 to the File Daemon's Client resource.", enabled);
            }
        }
    }

    private static RelatedLocation[] enabledAt(ClientLink link) {
        List<RelatedLocation> at = new ArrayList<>();
        if (Settings.flag(link.client(), ClientFlags.FROM_CLIENT, false)) {
            at.add(new RelatedLocation("the Director's Client enables it here",
                    Settings.where(link.client(), ClientFlags.FROM_CLIENT)));
        }
        link.fdDirector().filter(d -> Settings.flag(d, ClientFlags.FROM_CLIENT, false)).ifPresent(d -> at.add(
                new RelatedLocation("the File Daemon enables it here", Settings.where(d, ClientFlags.FROM_CLIENT))));
        return at.toArray(RelatedLocation[]::new);
    }
}
