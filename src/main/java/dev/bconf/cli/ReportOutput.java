package dev.bconf.cli;

import dev.bconf.Bconf;
import dev.bconf.InputException;
import dev.bconf.LoadOptions;
import dev.bconf.Site;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where a command's report goes ({@code -o FILE} or standard output), and loading with input errors reported. */
final class ReportOutput {

    /** Writes a report to a writer. */
    interface Renderer {
        void render(Writer out) throws IOException;
    }

    /** When the text output is coloured. */
    enum ColorMode { auto, always, never }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
    Optional<Path> output = Optional.empty();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, "
                    + "which colours only on a terminal and not when NO_COLOR is set).")
    ColorMode color;

    /** Loads the site, or says why not on standard error and returns empty. */
    static Optional<Site> load(LoadOptions options, CommandSpec spec) {
        try {
            Site site = Bconf.load(options);
            // A daemon told by its resources rather than its file name may be guessed wrong: say so.
            for (var daemon : site.daemons()) {
                daemon.source().kindReason().ifPresent(why -> spec.commandLine().getErr().println("bconf: note: "
                        + daemon.source().origin() + " is read as a " + daemon.source().kind().baseName()
                        + " configuration because " + why + "; name it with --dir, --fd or --sd if that is wrong."));
            }
            return Optional.of(site);
        } catch (InputException e) {
            spec.commandLine().getErr().println("bconf: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether to colour: asked for, or on standard output to a terminal without NO_COLOR. */
    boolean colour(CommandSpec spec) {
        Environment environment = BconfCommand.environment(spec);
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> output.isEmpty() && environment.terminal() && environment.variable("NO_COLOR").isEmpty();
        };
    }

    /** Writes the report; false when the output file could not be written (said on standard error). */
    boolean write(CommandSpec spec, Renderer renderer) throws IOException {
        if (output.isEmpty()) {
            PrintWriter out = spec.commandLine().getOut();
            renderer.render(out);
            out.flush();
            return true;
        }
        try (Writer w = Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8)) {
            renderer.render(w);
            return true;
        } catch (IOException e) {
            spec.commandLine().getErr().println("bconf: cannot write " + output.get() + ": " + e.getMessage());
            return false;
        }
    }
}
