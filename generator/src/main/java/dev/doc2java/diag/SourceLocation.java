package dev.doc2java.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in an input page: the page's path as reached from the command-line argument (never an
 * absolute path of the generating machine), a 1-based line and a 1-based column (0 when unknown).
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0, 0);

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    public static SourceLocation of(String file, int line) {
        return new SourceLocation(file, line, 0);
    }

    public SourceLocation atLine(int newLine) {
        return new SourceLocation(file, newLine, 0);
    }

    /** {@code file:line}, the form the model JSON uses for {@code source}. */
    public String toModelString() {
        return file + ":" + line;
    }

    /** {@code file:line:col}, the form diagnostics are printed in. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + Math.max(column, 1);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }
}
