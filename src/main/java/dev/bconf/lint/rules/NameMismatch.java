package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.schema.DidYouMean;
import dev.bconf.site.ClientFlags;
import dev.bconf.site.ClientLink;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;
import dev.bconf.site.StorageLink;
import java.util.List;
import java.util.Optional;

/**
 * BC209: the Director's Name has no Director resource in a File or Storage Daemon's config;
 * or a File Daemon that dials the Director announces a Client name the Director does not
 * have. Client names need not match when only the Director dials.
 */
public final class NameMismatch implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC209", "name-mismatch", Severity.ERROR,
            "A daemon does not know the Director's Name, or a client-initiated client's Name matches no "
                    + "Director Client.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        Optional<Resource> director = site.directorResource();
        Optional<String> name = site.directorName();
        if (director.isEmpty() || name.isEmpty()) {
            return;
        }
        for (ClientLink c : site.clients()) {
            if (c.fd().isPresent() && c.fdDirector().isEmpty()) {
                unknownDirector(reporter, c.fd().get(), director.get(), name.get(), "File Daemon of Client \""
                        + c.name() + "\"", "Connection from unknown Director");
            }
            c.fdClient().ifPresent(own -> clientName(site, reporter, c, own));
        }
        for (StorageLink s : site.storages()) {
            if (s.sd().isPresent() && s.sdDirector().isEmpty()) {
                unknownDirector(reporter, s.sd().get(), director.get(), name.get(), "Storage Daemon of Storage \""
                        + s.name() + "\"", "Director unable to authenticate with Storage daemon");
            }
        }
    }

    private static void unknownDirector(SiteReporter reporter, DaemonConfig peer, Resource director, String name,
            String who, String failure) {
        if (peer.resources().isEmpty()) {
            // Nothing to point at; BC114 already reports the daemon's missing resources.
            return;
        }
        List<Resource> known = peer.resources("Director");
        Resource at = known.isEmpty() ? peer.resources().get(0) : known.get(0);
        List<String> names = known.stream().flatMap(r -> r.name().stream()).toList();
        String hint = DidYouMean.nearest(name, names).map(n -> " (\"" + n + "\" is close: names compare exactly)")
                .orElse("");
        reporter.report(peer, at, at.header(), "The " + who + " knows the Directors " + quoted(names)
                + " but not \"" + name + "\", the Director's Name" + hint + "; the Director is refused (\"" + failure
                + "\" / TLS negotiation failed). Name a Director resource \"" + name + "\" here.",
                new RelatedLocation("the Director's Name", Settings.where(director, "Name")));
    }

    /** With client-initiated connections the File Daemon announces its own Client name. */
    private static void clientName(NetworkSite site, SiteReporter reporter, ClientLink c, Resource own) {
        boolean dials = c.fdDirector().filter(d -> Settings.flag(d, ClientFlags.FROM_CLIENT, false)).isPresent();
        Optional<String> ownName = own.name();
        if (!dials || ownName.isEmpty() || site.client(ownName.get()).isPresent()) {
            return;
        }
        List<String> names = site.clients().stream().map(ClientLink::name).toList();
        String hint = DidYouMean.nearest(ownName.get(), names).map(n -> " Did you mean \"" + n + "\"?").orElse("");
        reporter.report(c.fd().orElseThrow(), own, Settings.where(own, "Name"), "This File Daemon dials the Director "
                + "as Client \"" + ownName.get() + "\", but the Director has no Client of that name (it was matched "
                + "to Client \"" + c.name() + "\" by " + c.matchedBy() + "); the Director logs \"Client ... tries to "
                + "connect, but no matching resource is defined\". Use the same Name on both sides." + hint,
                new RelatedLocation("the Director's Client", Settings.where(c.client(), "Name")));
    }

    private static String quoted(List<String> names) {
        return names.isEmpty() ? "(none)" : "\"" + String.join("\", \"", names) + "\"";
    }
}
