package io.msglint.core.extract;

/**
 * What a file's analysis is known by: its content, and its report path, since the facts name their
 * file; and what was asked of it. The same content at another path is analysed again.
 *
 * @param contentHash of the file's bytes
 * @param reportPath  relative to the base directory, with '/'
 * @param query       empty for the file's sends and receives; for the calls it makes to the project's
 *                    sending methods, the identity of the method names asked for
 */
public record AnalysisKey(String contentHash, String reportPath, String query) {

    /** The key of a file's sends and receives. */
    public AnalysisKey(String contentHash, String reportPath) {
        this(contentHash, reportPath, "");
    }

    /** The key of the calls the same file makes to the methods of a query. */
    public AnalysisKey forCalls(String queryId) {
        return new AnalysisKey(contentHash, reportPath, queryId);
    }

    /* equals and hashCode written out: keys are looked up on every warm run (docs/performance.md). */
    @Override
    public boolean equals(Object other) {
        return other instanceof AnalysisKey that && contentHash.equals(that.contentHash)
                && reportPath.equals(that.reportPath) && query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return (contentHash.hashCode() * 31 + reportPath.hashCode()) * 31 + query.hashCode();
    }
}
