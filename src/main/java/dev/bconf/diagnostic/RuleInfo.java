package dev.bconf.diagnostic;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What identifies a rule: its stable id ({@code BC201}), its name ({@code heartbeat-missing}),
 * the severity it reports at unless configured otherwise, and a one-line summary.
 */
public record RuleInfo(String id, String name, Severity defaultSeverity, String summary) {

    private static final Pattern ID = Pattern.compile("BC\\d{3}");

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must look like BC001: " + id);
        }
    }

    /** Relative link to the rule's documentation page in the repository. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}
