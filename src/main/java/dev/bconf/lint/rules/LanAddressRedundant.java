package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.discover.DaemonKind;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.site.Settings;
import java.util.Optional;

/** BC207: a LanAddress equal to the Address changes nothing. */
public final class LanAddressRedundant implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC207", "lan-address-redundant", Severity.INFO,
            "LanAddress equals Address.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        if (config.kind() != DaemonKind.DIRECTOR) {
            return;
        }
        for (String type : new String[] {"Client", "Storage"}) {
            for (Resource r : config.resources(type)) {
                Optional<String> lan = Settings.text(r, "LanAddress");
                if (lan.isPresent() && lan.equals(Settings.text(r, "Address"))) {
                    reporter.report(Settings.where(r, "LanAddress"), r, Written.named(r) + " has LanAddress = "
                            + lan.get() + ", the same as its Address, so it changes nothing. Remove it, or set the "
                            + "address used inside the LAN.");
                }
            }
        }
    }
}
