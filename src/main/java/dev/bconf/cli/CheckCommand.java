package dev.bconf.cli;

import dev.bconf.LoadOptions;
import dev.bconf.Site;
import dev.bconf.diagnostic.Severity;
import dev.bconf.lint.RulePolicy;
import dev.bconf.report.CheckReport;
import dev.bconf.report.GithubWriter;
import dev.bconf.report.JsonWriter;
import dev.bconf.report.PathDisplay;
import dev.bconf.report.RedactedSource;
import dev.bconf.report.SarifWriter;
import dev.bconf.report.TextWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bconf check}: read, check, report, and exit with a code a CI pipeline can act on. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check Bareos configurations and report every finding.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the --fail-on level",
            "1:findings at or above the --fail-on level",
            "2:usage error (also a bad " + ProjectFile.NAME + ")",
            "3:an input could not be read, or an internal error"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, github }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: text, or github when "
                    + "GITHUB_ACTIONS=true).")
    Optional<Format> format = Optional.empty();

    @Mixin
    ReportOutput output;

    @Mixin
    RuleOptions rules;


    @Override
    public Integer call() throws IOException {
        ProjectSettings project = inputs.project(spec);
        RulePolicy policy = rules.policy(spec, project);
        LoadOptions options = inputs.loadOptions(spec);
        Optional<Site> site = ReportOutput.load(options, spec);
        if (site.isEmpty()) {
            return ExitCode.INPUT_OR_INTERNAL;
        }
        RedactedSource source = RedactedSource.of(site.get().daemons(), texts(options));
        CheckReport report = source.redact(new CheckReport(site.get().findings(policy), site.get().fileCount(),
                site.get().daemonCounts()));
        PathDisplay display = new PathDisplay(BconfCommand.environment(spec).workingDirectory());
        if (!output.write(spec, w -> render(report, display, source, w))) {
            return ExitCode.INPUT_OR_INTERNAL;
        }
        Optional<Severity> threshold = rules.failThreshold(project);
        boolean failing = threshold.isPresent()
                && report.diagnostics().stream().anyMatch(d -> d.severity().atLeast(threshold.get()));
        return failing ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private void render(CheckReport report, PathDisplay display, RedactedSource source, Writer w)
            throws IOException {
        switch (format.orElseGet(this::defaultFormat)) {
            case text -> new TextWriter(display, source, output.colour(spec)).write(report, w);
            case json -> new JsonWriter(display, Version.current()).write(report, w);
            case sarif -> new SarifWriter(display, Version.current(), Version.documentation()).write(report, w);
            case github -> new GithubWriter(display).write(report, w);
        }
    }

    /** GitHub Actions shows workflow commands as annotations on the changed files. */
    private Format defaultFormat() {
        boolean actions = BconfCommand.environment(spec).variable("GITHUB_ACTIONS").filter("true"::equals).isPresent();
        return actions ? Format.github : Format.text;
    }

    private static Map<Path, String> texts(LoadOptions options) {
        return options.text().map(t -> Map.of(t.name(), t.text())).orElse(Map.of());
    }
}
