package dev.bconf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code -o FILE}: where a command's document goes, standard output when not given. */
final class OutputOption {

    /** Writes a whole document. */
    interface Document {
        void writeTo(Writer out) throws IOException;
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Optional<Path> file = Optional.empty();

    /**
     * Writes the document to the file or to standard output.
     *
     * @return false when the file could not be written, which is reported on the error stream
     */
    boolean write(Document document) throws IOException {
        if (file.isEmpty()) {
            PrintWriter out = command.commandLine().getOut();
            document.writeTo(out);
            out.flush();
            return true;
        }
        try (Writer w = Files.newBufferedWriter(file.get(), StandardCharsets.UTF_8)) {
            document.writeTo(w);
            return true;
        } catch (IOException e) {
            command.commandLine().getErr().println("bconf: cannot write " + file.get() + ": " + e.getMessage());
            return false;
        }
    }
}
