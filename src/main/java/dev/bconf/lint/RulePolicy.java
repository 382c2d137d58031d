package dev.bconf.lint;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules report and at which severity: {@code --disable}, {@code --enable},
 * {@code --severity RULE=LEVEL}, and whether inline suppression comments count.
 *
 * @param disabled           rule ids that report nothing
 * @param enabled            rule ids that report even when disabled elsewhere (e.g. in a project file)
 * @param severities         severity overrides per rule id
 * @param inlineSuppressions whether {@code # bconf: disable=...} comments are honoured
 */
public record RulePolicy(Set<String> disabled, Set<String> enabled, Map<String, Severity> severities,
        boolean inlineSuppressions) {

    public RulePolicy {
        disabled = Set.copyOf(disabled);
        enabled = Set.copyOf(enabled);
        severities = Map.copyOf(severities);
    }

    public static RulePolicy defaults() {
        return new RulePolicy(Set.of(), Set.of(), Map.of(), true);
    }

    /** The diagnostics this policy keeps, with their configured severities. */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics, Suppressions suppressions) {
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : inlineSuppressions ? suppressions.apply(diagnostics) : diagnostics) {
            String id = d.rule().id();
            if (disabled.contains(id) && !enabled.contains(id)) {
                continue;
            }
            kept.add(Optional.ofNullable(severities.get(id)).map(d::withSeverity).orElse(d));
        }
        return kept;
    }
}
