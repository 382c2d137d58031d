package dev.bconf.lint;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one cross-daemon rule's findings. Each names the daemon and resource of its
 * primary location; the other side goes into the related locations.
 */
public final class SiteReporter {

    private final RuleInfo rule;
    private final List<Diagnostic> found = new ArrayList<>();

    SiteReporter(RuleInfo rule) {
        this.rule = rule;
    }

    public void report(DaemonConfig daemon, Resource about, SourceSpan where, String message,
            RelatedLocation... related) {
        report(daemon, about, where, rule.defaultSeverity(), message, related);
    }

    public void report(DaemonConfig daemon, Resource about, SourceSpan where, Severity severity, String message,
            RelatedLocation... related) {
        found.add(Reporter.diagnostic(rule, severity, daemon, about, where, message, related));
    }

    List<Diagnostic> found() {
        return found;
    }
}
