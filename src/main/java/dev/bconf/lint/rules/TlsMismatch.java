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

/**
 * BC212: the two ends of a connection cannot agree on TLS. From 18.2 an initiator with
 * TlsEnable = yes starts TLS-PSK at once; one with TlsEnable = no sends clear text, which an
 * acceptor of 18.2 or later whose resource for it has TlsEnable = yes closes (an older one
 * agrees on clear text inside the handshake); the Director closes a clear-text
 * client-initiated connection when its Client requires TLS (the default from 23), which also
 * shuts out File Daemons older than 18.2.
 */
public final class TlsMismatch implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC212", "tls-mismatch", Severity.ERROR,
            "The two ends of a connection require incompatible TLS settings for their versions.");


    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        if (site.director().isEmpty()) {
            return;
        }
        DaemonConfig director = site.director().get();
        for (ClientLink c : site.clients()) {
            if (c.fd().isEmpty() || c.fdDirector().isEmpty()) {
                continue;
            }
            Resource client = c.client();
            Resource fdSide = c.fdDirector().get();
            ClientFlags flags = ClientFlags.of(c);
            boolean required = Agreement.tlsRequired(client);
            if (!Agreement.hasTlsPsk(c.fd().get().version()) && required) {
                reporter.report(director, client, Settings.where(client, "TlsRequire"), "Client \"" + c.name()
                        + "\" requires TLS, but its File Daemon runs Bareos " + c.fd().get().version()
                        + ", older than 18.2, which has no TLS-PSK; the Director cannot connect. Set TlsEnable = no "
                        + "on this Client, or upgrade the client.",
                        new RelatedLocation("the File Daemon's Director resource", fdSide.header()));
            } else if (flags.directorToClient() && Agreement.clearTextRefused(client, fdSide, c.fd().get().version())) {
                mismatch(reporter, director, client, fdSide, "the Director dials Client \"" + c.name()
                        + "\" in clear text (TlsEnable = no), but the File Daemon's Director resource has TlsEnable "
                        + "= yes and closes such connections");
            } else if (flags.clientToDirector() && !Settings.flag(fdSide, "TlsEnable", true) && required) {
                mismatch(reporter, director, client, fdSide, "the File Daemon dials the Director in clear text "
                        + "(TlsEnable = no in its Director resource), but the Director's Client requires TLS "
                        + "(TlsRequire = yes" + (Settings.written(client, "TlsRequire") ? "" : ", the default from "
                                + "Bareos 23") + ") and closes the connection");
            }
        }
        for (StorageLink s : site.storages()) {
            if (s.sdDirector().isPresent()
                    && Agreement.clearTextRefused(s.storage(), s.sdDirector().get(), s.sd().orElseThrow().version())) {
                mismatch(reporter, director, s.storage(), s.sdDirector().get(), "the Director dials Storage \""
                        + s.name() + "\" in clear text (TlsEnable = no), but the Storage Daemon's Director resource "
                        + "has TlsEnable = yes and closes such connections");
            }
        }
    }

    private static void mismatch(SiteReporter reporter, DaemonConfig director, Resource mine, Resource theirs,
            String what) {
        reporter.report(director, mine, Settings.where(mine, "TlsEnable"), "TLS mismatch: " + what + ". Use the same "
                + "TlsEnable on both sides (yes is the default and recommended).",
                new RelatedLocation("the other side's TLS setting", Settings.where(theirs, "TlsEnable")));
    }
}
