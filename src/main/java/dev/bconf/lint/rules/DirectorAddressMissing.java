package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.discover.DaemonKind;
import dev.bconf.lint.DaemonRule;
import dev.bconf.lint.Reporter;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import dev.bconf.site.ClientFlags;
import dev.bconf.site.Settings;

/** BC204: the File Daemon is to dial its Director but has no Address to dial. */
public final class DirectorAddressMissing implements DaemonRule {

    public static final RuleInfo INFO = new RuleInfo("BC204", "director-address-missing", Severity.ERROR,
            "The client's Director resource enables ConnectionFromClientToDirector without an Address.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(DaemonConfig config, Reporter reporter) {
        if (config.kind() != DaemonKind.FILE_DAEMON) {
            return;
        }
        for (Resource director : config.resources("Director")) {
            if (Settings.flag(director, ClientFlags.FROM_CLIENT, false) && Settings.text(director, "Address").isEmpty()) {
                reporter.report(Settings.where(director, ClientFlags.FROM_CLIENT), director, "Director "
                        + director.name().map(n -> "\"" + n + "\" ").orElse("") + "is to be dialled by this File "
                        + "Daemon (ConnectionFromClientToDirector = yes) but has no Address; the File Daemon "
                        + "logs \"The address config directive is missing\" and never connects. Add Address = "
                        + "<the Director's host>.");
            }
        }
    }
}
