package dev.bconf.diagnostic;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding: which rule, how serious, what is wrong and how to fix it, where, and the
 * other places that explain it. Messages never contain secrets.
 */
public record Diagnostic(
        RuleInfo rule,
        Severity severity,
        String message,
        SourceSpan location,
        List<RelatedLocation> related,
        Optional<Subject> subject) {

    /** The order of the contracts: file, line, column, rule. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::location)
            .thenComparing(d -> d.rule().id())
            .thenComparing(Diagnostic::message);

    /**
     * The findings in {@link #ORDER}. Thousands of findings in as many files would work out
     * each file's absolute form at every comparison; this works it out once per file.
     */
    public static List<Diagnostic> sorted(Collection<Diagnostic> diagnostics) {
        Map<Path, String> files = new HashMap<>();
        Comparator<Diagnostic> byFile = Comparator.comparing(
                d -> files.computeIfAbsent(d.location().file(), SourceSpan::sortKey));
        return diagnostics.stream().sorted(byFile.thenComparing(ORDER)).toList();
    }

    /** Text the message quotes from the configuration is shortened when it is long. */
    public Diagnostic {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        message = Excerpt.shorten(Objects.requireNonNull(message, "message"));
        Objects.requireNonNull(location, "location");
        related = List.copyOf(related);
        Objects.requireNonNull(subject, "subject");
    }

    /** A finding at the rule's default severity with no related locations. */
    public static Diagnostic of(RuleInfo rule, SourceSpan location, String message) {
        return new Diagnostic(rule, rule.defaultSeverity(), message, location, List.of(), Optional.empty());
    }

    /** The same finding with another severity (configured by the user). */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, newSeverity, message, location, related, subject);
    }
}
