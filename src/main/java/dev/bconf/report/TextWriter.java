package dev.bconf.report;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.Severity;
import java.io.IOException;

/** The plain text format: one block per finding, then a summary line. */
public final class TextWriter {

    private final PathDisplay paths;

    public TextWriter(PathDisplay paths) {
        this.paths = paths;
    }

    public void write(CheckReport report, Appendable out) throws IOException {
        for (Diagnostic d : report.diagnostics()) {
            out.append(location(d.location().file(), d.location().line(), d.location().column()))
                    .append(": ").append(d.severity().label())
                    .append(": ").append(d.message())
                    .append(" [").append(d.rule().id()).append(' ').append(d.rule().name()).append("]\n");
            for (RelatedLocation r : d.related()) {
                out.append("    ").append(location(r.location().file(), r.location().line(), r.location().column()))
                        .append(": ").append(r.message()).append('\n');
            }
        }
        out.append(summary(report)).append('\n');
    }

    private String location(java.nio.file.Path file, int line, int column) {
        return paths.show(file) + ":" + line + ":" + column;
    }

    static String summary(CheckReport report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info")
                + " in " + plural(report.files(), "file") + ".";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
