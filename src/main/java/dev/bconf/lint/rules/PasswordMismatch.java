package dev.bconf.lint.rules;

import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.SiteReporter;
import dev.bconf.lint.SiteRule;
import dev.bconf.model.Resource;
import dev.bconf.site.Agreement;
import dev.bconf.site.ClientLink;
import dev.bconf.site.NetworkSite;
import dev.bconf.site.Settings;
import dev.bconf.site.StorageLink;

/**
 * BC210: the two sides of a connection hold different passwords. Bareos keeps a password as
 * the MD5 hex of the clear text, or as the hex written after {@code [md5]}, and uses that text
 * as the key, so clear text on one side matches {@code [md5]} of it on the other, but not the
 * same digest in upper case. Passwords never appear in the message.
 */
public final class PasswordMismatch implements SiteRule {

    public static final RuleInfo INFO = new RuleInfo("BC210", "password-mismatch", Severity.ERROR,
            "Director Client/Storage Password differs from the client's/storage's Director Password.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(NetworkSite site, SiteReporter reporter) {
        for (ClientLink c : site.clients()) {
            c.fdDirector().ifPresent(d -> compare(site, reporter, c.client(), d, "Client \"" + c.name() + "\"",
                    "File Daemon"));
        }
        for (StorageLink s : site.storages()) {
            s.sdDirector().ifPresent(d -> compare(site, reporter, s.storage(), d, "Storage \"" + s.name() + "\"",
                    "Storage Daemon"));
        }
    }

    private static void compare(NetworkSite site, SiteReporter reporter, Resource mine, Resource theirs, String what,
            String peer) {
        if (Agreement.passwordAgrees(mine, theirs)) {
            return;
        }
        boolean caseOnly = Settings.password(mine, "Password").orElseThrow().stored()
                .equalsIgnoreCase(Settings.password(theirs, "Password").orElseThrow().stored());
        String why = caseOnly
                ? "both are the same MD5 digest but written in different letter case; Bareos uses the hex text as "
                        + "the key, so they do not match. Write the [md5] digest in lower case"
                : "they differ, so authentication fails (\"Authorization key rejected\" or TLS negotiation failed)."
                        + " Copy one password to the other side";
        reporter.report(site.director().orElseThrow(), mine, Settings.where(mine, "Password"), "The Password of "
                + what + " on the Director and of the Director resource in the " + peer + "'s configuration: "
                + why + ".", new RelatedLocation("the " + peer + "'s side", Settings.where(theirs, "Password")));
    }
}
