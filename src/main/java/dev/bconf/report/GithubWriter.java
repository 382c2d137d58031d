package dev.bconf.report;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.SourceSpan;
import java.io.IOException;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice}
 * line per finding, which GitHub shows as an annotation on the file and line; then the
 * summary line for the log.
 */
public final class GithubWriter {

    private final PathDisplay paths;

    public GithubWriter(PathDisplay paths) {
        this.paths = paths;
    }

    public void write(CheckReport report, Appendable out) throws IOException {
        for (Diagnostic d : report.diagnostics()) {
            SourceSpan at = d.location();
            StringBuilder message = new StringBuilder(d.message());
            for (RelatedLocation r : d.related()) {
                message.append('\n').append(paths.show(r.location().file())).append(':').append(r.location().line())
                        .append(':').append(r.location().column()).append(": ").append(r.message());
            }
            message.append("\nSee ").append(d.rule().docPath());
            out.append("::").append(command(d)).append(" file=").append(property(paths.show(at.file())))
                    .append(",line=").append(String.valueOf(at.line()))
                    .append(",col=").append(String.valueOf(at.column()))
                    .append(",endLine=").append(String.valueOf(at.endLine()))
                    .append(",endColumn=").append(String.valueOf(at.endColumn()))
                    .append(",title=").append(property(d.rule().id() + " " + d.rule().name()))
                    .append("::").append(data(message.toString())).append('\n');
        }
        out.append(TextWriter.summary(report)).append('\n');
    }

    private static String command(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The escaping of the runner's command parser for a message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping for a property value, where {@code :} and {@code ,} end the value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
