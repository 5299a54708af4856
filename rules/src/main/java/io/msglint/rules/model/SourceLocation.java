package io.msglint.rules.model;

import java.util.Comparator;

/** A place in the scanned code: file relative to the base directory with '/', 1-based line and column. */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    /*
     * Written out rather than generated: a record's generated equals and hashCode are bootstrapped
     * through method handles on first use, which costs a short run milliseconds, and locations
     * are map keys on every run (suppressions, baselines).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceLocation that && line == that.line && column == that.column
                && file.equals(that.file);
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
