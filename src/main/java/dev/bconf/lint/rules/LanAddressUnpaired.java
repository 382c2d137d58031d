package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.model.Resource;
import dev.bconf.site.JobUse;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * BC206: jobs pair a Client and a Storage of which only one has a LanAddress; Bareos uses a
 * LanAddress only when both have one, so it is silently ignored and Address is dialled. A
 * LanAddress that other jobs do use (with a partner that has one too) is not reported: that
 * pair crosses from the LAN to the outside on purpose, as in the manual's LAN/WAN example.
 */
public final class LanAddressUnpaired implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC206", "lan-address-unpaired", Severity.WARNING,
            "A job pairs a Client and a Storage where only one has LanAddress: it is silently ignored.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        Set<String> used = new HashSet<>();
        for (JobUse use : site.jobUses()) {
            if (hasLan(use.client().client()) && hasLan(use.storage().storage())) {
                used.add(Written.named(use.client().client()));
                used.add(Written.named(use.storage().storage()));
            }
        }
        for (JobUse use : site.jobUses()) {
            Resource client = use.client().client();
            Resource storage = use.storage().storage();
            Optional<String> clientLan = Settings.text(client, "LanAddress");
            Optional<String> storageLan = Settings.text(storage, "LanAddress");
            if (clientLan.isPresent() == storageLan.isPresent()) {
                continue;
            }
            Resource with = clientLan.isPresent() ? client : storage;
            Resource without = clientLan.isPresent() ? storage : client;
            if (used.contains(Written.named(with))) {
                continue;
            }
            String dialled = Settings.flag(client, "Passive", false)
                    ? "the Storage Daemon dials Client \"" + use.client().name() + "\" at its Address "
                            + Settings.text(client, "Address").orElse("?")
                    : "the File Daemon dials Storage \"" + use.storage().name() + "\" at its Address "
                            + Settings.text(storage, "Address").orElse("?");
            reporter.report(site.director().orElseThrow(), with, Settings.where(with, "LanAddress"),
                    "Jobs " + String.join(", ", use.jobs()) + " pair " + Written.named(with) + " (LanAddress = "
                            + clientLan.or(() -> storageLan).orElseThrow() + ") with " + Written.named(without)
                            + ", which has no LanAddress; Bareos uses LanAddress only when both have one, so "
                            + dialled + ". Give " + Written.named(without) + " a LanAddress too, or remove this one.",
                    new RelatedLocation(Written.named(without) + " has no LanAddress", without.header()));
        }
    }

    private static boolean hasLan(Resource r) {
        return Settings.text(r, "LanAddress").isPresent();
    }
}
