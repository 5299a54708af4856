package io.msglint.core;

/**
 * How much work a scan did, and where the time went. Not part of the deterministic output.
 *
 * @param readMillis     discovering, reading and pre-filtering files
 * @param analysisMillis parsing and extracting facts (wall time of the worker pool)
 * @param resolveMillis  time spent inside the shared type solver (part of the analysis)
 * @param linkedEarly    whether a warm run kept what was linked and judged while it walked the tree
 *                       (the last run's candidates were found again, unchanged: the cache's head start)
 */
public record Stats(int filesScanned, int filesParsed, long millis, long readMillis, long analysisMillis,
                    long resolveMillis, boolean linkedEarly) {
}
