package dev.bconf.lint;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.diagnostic.Severity;
import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.diagnostic.Subject;
import dev.bconf.model.DaemonConfig;
import dev.bconf.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects one rule's findings and ties them to the daemon and resource they are about. */
public final class Reporter {

    private final RuleInfo rule;
    private final DaemonConfig config;
    private final List<Diagnostic> found = new ArrayList<>();

    Reporter(RuleInfo rule, DaemonConfig config) {
        this.rule = rule;
        this.config = config;
    }

    /** A finding at the rule's default severity. */
    public void report(SourceSpan where, Resource about, String message, RelatedLocation... related) {
        report(where, about, rule.defaultSeverity(), message, related);
    }

    /** A finding at another severity (e.g. BC105's warning for a repeated directive Bareos overrides). */
    public void report(SourceSpan where, Resource about, Severity severity, String message,
            RelatedLocation... related) {
        found.add(diagnostic(rule, severity, config, about, where, message, related));
    }

    /** A finding about a resource of a daemon's configuration. */
    static Diagnostic diagnostic(RuleInfo rule, Severity severity, DaemonConfig config, Resource about,
            SourceSpan where, String message, RelatedLocation... related) {
        Subject subject = new Subject(config.kind().label(), config.source().host(), about.type(), about.name());
        return new Diagnostic(rule, severity, message, where, List.of(related), Optional.of(subject));
    }

    /** A finding about the daemon's configuration as a whole, not one resource. */
    public void reportOnDaemon(SourceSpan where, String message) {
        Subject subject = new Subject(config.kind().label(), config.source().host(), "", Optional.empty());
        found.add(new Diagnostic(rule, rule.defaultSeverity(), message, where, List.of(), Optional.of(subject)));
    }

    List<Diagnostic> found() {
        return found;
    }
}
