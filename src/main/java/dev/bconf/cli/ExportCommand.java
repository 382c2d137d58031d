package dev.bconf.cli;

import dev.bconf.Site;
import dev.bconf.report.ExportWriter;
import dev.bconf.report.PathDisplay;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bconf export}: the typed model as JSON, for scripts and inventories. It exports what
 * it can read and says nothing about findings, which are {@code check}'s business.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every daemon, resource and directive with its typed value as JSON.",
            "Each directive says whether it was written, inherited from a JobDefs or defaulted, and where it was "
                + "written. Passwords are written as \"" + ExportWriter.REDACTED + "\" unless --show-secrets is given.",
            "Findings do not stop the export and are not shown: run `bconf check` for them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:exported",
            "2:usage error",
            "3:an input could not be read, the output could not be written, or an internal error"})
final class ExportCommand implements Callable<Integer> {

    enum Format { json }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;


    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOutput output;

    @Option(names = "--show-secrets",
            description = "Write passwords as Bareos keeps them (clear text or MD5) instead of \""
                    + ExportWriter.REDACTED + "\".")
    boolean showSecrets;

    @Option(names = "--no-defaults",
            description = "Leave out the catalogue's defaults of directives that are not written.")
    boolean noDefaults;

    @Override
    public Integer call() throws IOException {
        Optional<Site> site = ReportOutput.load(input.loadOptions(spec), spec);
        if (site.isEmpty()) {
            return ExitCode.INPUT_OR_INTERNAL;
        }
        ExportWriter writer = new ExportWriter(new PathDisplay(BconfCommand.environment(spec).workingDirectory()), Version.current(),
                showSecrets ? ExportWriter.Secrets.SHOW : ExportWriter.Secrets.REDACT,
                noDefaults ? ExportWriter.Defaults.OMIT : ExportWriter.Defaults.INCLUDE);
        return output.write(spec, w -> writer.write(site.get().configs(), w)) ? ExitCode.CLEAN
                : ExitCode.INPUT_OR_INTERNAL;
    }
}
