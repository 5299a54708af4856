package io.msglint.core.extract;

/** A candidate file's analysis, with the key that names the file. */
public record AnalysedFile(AnalysisKey key, FileAnalysis analysis) {
}
