package io.msglint.rules.model;

/** A place in the scanned code: file relative to the base directory with '/', 1-based line and column. */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    @Override
    public int compareTo(SourceLocation other) {
        int order = file.compareTo(other.file);
        if (order == 0) {
            order = Integer.compare(line, other.line);
        }
        return order != 0 ? order : Integer.compare(column, other.column);
    }

    /* equals and hashCode written out: locations are map keys on every run (docs/performance.md). */
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
