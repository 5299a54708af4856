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
