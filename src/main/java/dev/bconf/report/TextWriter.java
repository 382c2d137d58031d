package dev.bconf.report;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RelatedLocation;
import dev.bconf.diagnostic.Severity;
import dev.bconf.diagnostic.SourceSpan;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The text format, as compilers print it: per finding a {@code file:line:column: severity:}
 * line, the source line with the span underlined ({@code ^~~~}), each related location the
 * same way as a note, and the rule's page; a summary line at the end. Secrets on shown
 * lines are masked.
 */
public final class TextWriter {

    /** At most this many characters of a source line are shown, with {@link #CUT} where it was cut. */
    static final int SHOWN_WIDTH = 160;
    private static final int SHOWN_BEFORE = 40;
    private static final String CUT = "...";
    private static final int WRITTEN_IN_PARALLEL_FROM = 64;

    private final PathDisplay paths;
    private final RedactedSource source;
    private final TextStyle style;

    public TextWriter(PathDisplay paths, RedactedSource source, boolean colour) {
        this.paths = paths;
        this.source = source;
        this.style = colour ? TextStyle.ANSI : TextStyle.PLAIN;
    }

    public void write(CheckReport report, Appendable out) throws IOException {
        // A Director checked alone can have a finding per client, each quoting a line of its own
        // file: the findings are written on all cores, then put out in their order.
        List<String> written = (report.diagnostics().size() >= WRITTEN_IN_PARALLEL_FROM
                ? report.diagnostics().parallelStream() : report.diagnostics().stream())
                .map(this::written).toList();
        for (String finding : written) {
            out.append(finding);
        }
        out.append(style.summary(summary(report))).append('\n');
    }

    private String written(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        int gutter = gutterWidth(d);
        out.append(style.location(location(d.location()) + ":")).append(' ')
                .append(style.severity(d.severity(), d.severity().label() + ":")).append(' ')
                .append(d.message()).append(' ')
                .append(style.faint("[" + d.rule().id() + " " + d.rule().name() + "]")).append('\n');
        snippet(d.location(), gutter, out);
        for (RelatedLocation r : d.related()) {
            out.append(style.location(location(r.location()) + ":")).append(' ')
                    .append(style.note("note:")).append(' ').append(r.message()).append('\n');
            snippet(r.location(), gutter, out);
        }
        out.append(" ".repeat(gutter + 2)).append(style.faint("= see " + d.rule().docPath())).append("\n\n");
        return out.toString();
    }

    /** The source line and its underline; nothing when the line cannot be shown (a folder, an unreadable file). */
    private void snippet(SourceSpan span, int gutter, StringBuilder out) {
        Optional<MaskedLine> line = source.line(span.file(), span.line());
        if (line.isEmpty()) {
            return;
        }
        int[] text = line.get().text().codePoints().toArray();
        int length = text.length;
        int from = Math.min(line.get().start(span.column()), length + 1);
        int to = Math.min(span.endLine() == span.line() ? line.get().end(span.endColumn()) : length, length);
        // A line of a hundred thousand characters, once per finding on it, would bury the report.
        int first = length <= SHOWN_WIDTH ? 1 : Math.max(1, Math.min(from - SHOWN_BEFORE, length - SHOWN_WIDTH + 1));
        int last = Math.min(length, first + SHOWN_WIDTH - 1);
        String cutBefore = first > 1 ? CUT : "";
        String cutAfter = last < length ? CUT : "";
        StringBuilder shown = new StringBuilder(cutBefore);
        StringBuilder indent = new StringBuilder(" ".repeat(cutBefore.length()));
        for (int column = first; column <= last; column++) {
            shown.appendCodePoint(text[column - 1]);
            if (column < from) {
                indent.append(text[column - 1] == '\t' ? '\t' : ' ');
            }
        }
        shown.append(cutAfter);
        int width = Math.max(1, Math.min(to, last) - Math.max(from, first) + 1);
        String number = String.valueOf(span.line());
        out.append(style.faint(" ".repeat(gutter - number.length() + 1) + number + " |"))
                .append(length == 0 ? "" : " " + shown).append('\n');
        out.append(style.faint(" ".repeat(gutter + 1) + " |")).append(' ').append(indent)
                .append(style.caret("^" + "~".repeat(width - 1))).append('\n');
    }

    private static int gutterWidth(Diagnostic d) {
        int widest = d.location().line();
        for (RelatedLocation r : d.related()) {
            widest = Math.max(widest, r.location().line());
        }
        return String.valueOf(widest).length();
    }

    private String location(SourceSpan span) {
        return paths.show(span.file()) + ":" + span.line() + ":" + span.column();
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
