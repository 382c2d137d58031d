package dev.bconf.cli;

import dev.bconf.diagnostic.RuleInfo;
import dev.bconf.lint.RuleCatalog;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bconf rules [RULE-ID]}: list the rules, or print one rule's documentation. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule (id, name, severity, summary), or print one rule's documentation.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the rules or the rule's page were printed",
            "2:usage error (no rule has that id)"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", arity = "0..1", description = "A rule id such as BC201.")
    Optional<String> ruleId = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (ruleId.isEmpty()) {
            for (RuleInfo r : RuleCatalog.all()) {
                out.printf("%s  %-26s %-8s %s%n", r.id(), r.name(), r.defaultSeverity().label(), r.summary());
            }
            return ExitCode.CLEAN;
        }
        Optional<RuleInfo> rule = RuleCatalog.find(ruleId.get());
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println("bconf: no rule " + ruleId.get() + "; `bconf rules` lists them all");
            return ExitCode.USAGE;
        }
        out.print(RuleCatalog.documentation(rule.get()).orElse(rule.get().id() + " " + rule.get().name() + "\n\n"
                + rule.get().summary() + "\n"));
        out.flush();
        return ExitCode.CLEAN;
    }
}
