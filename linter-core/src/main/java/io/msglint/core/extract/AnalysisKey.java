package io.msglint.core.extract;

/**
 * What a candidate file's analysis is known by: its content, and its report path, since the facts
 * name their file. The same content at another path is analysed again.
 *
 * @param contentHash of the file's bytes
 * @param reportPath  relative to the base directory, with '/'
 */
public record AnalysisKey(String contentHash, String reportPath) {

    /* equals and hashCode written out: keys are looked up on every warm run (docs/performance.md). */
    @Override
    public boolean equals(Object other) {
        return other instanceof AnalysisKey that && contentHash.equals(that.contentHash)
                && reportPath.equals(that.reportPath);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode() * 31 + reportPath.hashCode();
    }
}
