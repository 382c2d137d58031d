package dev.bconf.cli;

import dev.bconf.Site;
import dev.bconf.report.PathDisplay;
import dev.bconf.report.TopologyDotWriter;
import dev.bconf.report.TopologyJsonWriter;
import dev.bconf.report.TopologyMermaidWriter;
import dev.bconf.report.TopologyTextWriter;
import dev.bconf.topology.Topology;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bconf topology}: who connects to whom, at which address and port, and why. */
@Command(name = "topology", mixinStandardHelpOptions = true,
        description = "Show the effective connections: control and data channels, initiator, address, port.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the topology was written (broken connections are shown, not failed on)",
            "2:usage error",
            "3:an input could not be read, or an internal error"})
final class TopologyCommand implements Callable<Integer> {

    enum Format { text, json, dot, mermaid }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    ReportOutput output;


    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        Optional<Site> site = ReportOutput.load(inputs.loadOptions(spec), spec);
        if (site.isEmpty()) {
            return ExitCode.INPUT_OR_INTERNAL;
        }
        Topology topology = site.get().topology();
        return output.write(spec, w -> render(topology, w)) ? ExitCode.CLEAN : ExitCode.INPUT_OR_INTERNAL;
    }

    private void render(Topology topology, Writer w) throws IOException {
        switch (format) {
            case text -> new TopologyTextWriter().write(topology, w);
            case json -> new TopologyJsonWriter(new PathDisplay(BconfCommand.environment(spec).workingDirectory())).write(topology, w);
            case dot -> new TopologyDotWriter().write(topology, w);
            case mermaid -> new TopologyMermaidWriter().write(topology, w);
        }
    }
}
