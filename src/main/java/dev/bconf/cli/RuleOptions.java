package dev.bconf.cli;

import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.RuleCatalog;
import dev.bconf.lint.RulePolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which rules {@code check} reports and which findings fail it; each option overrides the project file. */
final class RuleOptions {

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit with 1 when findings at or above LEVEL exist: ${COMPLETION-CANDIDATES} "
                    + "(default: error).")
    Optional<FailOn> failOn = Optional.empty();

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "Do not report RULE (an id such as BC004; repeatable or comma-separated).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Report RULE even where it is disabled (repeatable or comma-separated).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Report RULE at LEVEL (error, warning, info).")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--no-inline-suppressions",
            description = "Ignore `# bconf: disable=...` comments in the configuration.")
    boolean noInlineSuppressions;

    /** The canonical id of a rule written in any case; empty when no rule has it. */
    static Optional<String> ruleId(String written) {
        return RuleCatalog.find(written).map(r -> r.id());
    }

    /** The least severity that fails the run; empty when nothing does. */
    Optional<Severity> failThreshold(ProjectSettings project) {
        return failOn.or(project::failOn).orElse(FailOn.error).threshold();
    }

    /**
     * The project file's rules with the command line's on top: a rule disabled on the command
     * line stays disabled even when the file enables it, and the other way round.
     */
    RulePolicy policy(CommandSpec spec, ProjectSettings project) {
        Set<String> disabled = ids(spec, disable, "--disable");
        Set<String> enabled = ids(spec, enable, "--enable");
        Set<String> allDisabled = new HashSet<>(project.disable());
        allDisabled.removeAll(enabled);
        allDisabled.addAll(disabled);
        Set<String> allEnabled = new HashSet<>(project.enable());
        allEnabled.removeAll(disabled);
        allEnabled.addAll(enabled);
        Map<String, Severity> levels = new HashMap<>(project.severities());
        for (Map.Entry<String, String> e : severities.entrySet()) {
            String option = "--severity " + e.getKey() + "=" + e.getValue();
            Severity level = Severity.fromLabel(e.getValue()).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), option + ": the level must be error, warning or info"));
            levels.put(id(spec, e.getKey(), option), level);
        }
        return new RulePolicy(allDisabled, allEnabled, levels, !noInlineSuppressions);
    }

    private static Set<String> ids(CommandSpec spec, List<String> written, String option) {
        Set<String> ids = new HashSet<>();
        for (String rule : written) {
            ids.add(id(spec, rule, option + " " + rule));
        }
        return ids;
    }

    private static String id(CommandSpec spec, String written, String option) {
        return ruleId(written).orElseThrow(() -> new ParameterException(spec.commandLine(),
                option + ": no rule has this id (expected e.g. BC201; `bconf rules` lists them)"));
    }
}
