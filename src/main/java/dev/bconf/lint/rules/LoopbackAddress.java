package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.model.Resource;
import dev.bconf.site.ClientFlags;
import dev.bconf.site.Agreement;
import dev.bconf.site.ClientLink;
import dev.bconf.site.JobUse;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * BC213: an address that another host must dial is a loopback address. The Director hands a
 * Storage's Address to the File Daemon (and a passive Client's to the Storage Daemon); on the
 * other host {@code localhost} is that host itself. A client counts as on another host when its
 * own Address is not a loopback one, or when its host folder differs from the dialled daemon's.
 */
public final class LoopbackAddress implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC213", "loopback-address", Severity.WARNING,
            "A Storage or Director address other hosts must dial is localhost or loopback.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        Set<String> reported = new HashSet<>();
        for (JobUse use : site.jobUses()) {
            Resource client = use.client().client();
            Resource storage = use.storage().storage();
            boolean passive = Settings.flag(client, "Passive", false);
            Resource dialled = passive ? client : storage;
            Resource dialler = passive ? storage : client;
            Optional<String> address = Settings.text(dialled, "Address");
            if (address.isEmpty() || !Agreement.isLoopback(address.get()) || !use.crossesHosts()
                    || !reported.add(Written.named(dialled) + "/" + Written.named(dialler))) {
                continue;
            }
            String who = passive ? "the Storage Daemon of Storage \"" + use.storage().name() + "\""
                    : "the File Daemon of Client \"" + use.client().name() + "\"";
            reporter.report(site.director().orElseThrow(), dialled, Settings.where(dialled, "Address"),
                    Written.named(dialled) + " has Address = " + address.get() + ", which jobs " + String.join(", ",
                            use.jobs()) + " hand to " + who + " on another host; there it means that host itself, so "
                            + "the data connection fails. Use an address the other hosts can reach (FQDN or IP).",
                    new RelatedLocation("the other host's daemon", dialler.header()));
        }
        for (ClientLink c : site.clients()) {
            c.fdDirector().filter(d -> Settings.flag(d, ClientFlags.FROM_CLIENT, false))
                    .filter(d -> Settings.text(d, "Address").filter(Agreement::isLoopback).isPresent())
                    .filter(d -> !Settings.text(c.client(), "Address").filter(Agreement::isLoopback).isPresent())
                    .ifPresent(d -> reporter.report(c.fd().orElseThrow(), d, Settings.where(d, "Address"),
                            "The File Daemon of Client \"" + c.name() + "\" dials the Director at "
                                    + Settings.text(d, "Address").orElseThrow() + ", a loopback address, but the "
                                    + "Director reaches it at " + Settings.text(c.client(), "Address").orElse("?")
                                    + ", so it is on another host. Use the Director's real address.",
                            new RelatedLocation("the Director's Client", c.client().header())));
        }
    }
}
