package io.msglint.core.extract;

import java.util.Optional;

/**
 * What analysing one candidate file gave: its facts, or why it could not be analysed. Safe to
 * cache by the file's {@link AnalysisKey}.
 */
public record FileAnalysis(Optional<FileFacts> facts, Optional<String> problem) {

    public static FileAnalysis of(FileFacts facts) {
        return new FileAnalysis(Optional.of(facts), Optional.empty());
    }

    public static FileAnalysis failed(String problem) {
        return new FileAnalysis(Optional.empty(), Optional.of(problem));
    }
}
