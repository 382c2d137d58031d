package dev.bconf.diagnostic;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A range of text in one configuration file. Lines and columns are 1-based; the end is
 * inclusive of the last character, so a one-character token has {@code endColumn == column}.
 *
 * @param file      the file the text was read from (an included file for included text)
 * @param line      first line
 * @param column    first column
 * @param endLine   last line
 * @param endColumn last column
 */
public record SourceSpan(Path file, int line, int column, int endLine, int endColumn)
        implements Comparable<SourceSpan> {

    public SourceSpan {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column - 1)) {
            throw new IllegalArgumentException(
                    "bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A span for a finding about a whole file (its first character). */
    public static SourceSpan startOf(Path file) {
        return new SourceSpan(file, 1, 1, 1, 1);
    }

    /** A span for a single point. */
    public static SourceSpan at(Path file, int line, int column) {
        return new SourceSpan(file, line, column, line, column);
    }

    /** The smallest span covering this one and {@code other}; both must be in one file. */
    public SourceSpan through(SourceSpan other) {
        if (!sameFile(other)) {
            return this;
        }
        SourceSpan first = compareTo(other) <= 0 ? this : other;
        boolean thisEndsLater = endLine > other.endLine
                || (endLine == other.endLine && endColumn >= other.endColumn);
        SourceSpan last = thisEndsLater ? this : other;
        return new SourceSpan(file, first.line, first.column, last.endLine, last.endColumn);
    }

    /**
     * Orders by file, then position. Files compare by their absolute form, so that a file named
     * relative to the working directory sorts among the absolute paths of the files it includes
     * as it is shown.
     */
    @Override
    public int compareTo(SourceSpan o) {
        int c = sameFile(o) ? 0 : sortKey(file).compareTo(sortKey(o.file));
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** The spans of one file share its path object; comparing paths byte by byte showed in profiles. */
    private boolean sameFile(SourceSpan other) {
        return file == other.file || file.equals(other.file);
    }

    static String sortKey(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
