package io.msglint.rules.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One problem msglint reports.
 *
 * @param payload    fully qualified payload type name, if the problem is about one
 * @param kindSource where the payload's kind came from, if it matters
 * @param restsOnInference whether a heuristic, not a declaration or proof, makes it a problem:
 *                   such a finding never goes above WARNING, whatever the configuration says
 */
public record Finding(String ruleId, Severity severity, SourceLocation location, String message,
                      Optional<String> payload, Optional<KindSource> kindSource, List<String> evidence,
                      Channel channel, Optional<String> entity, boolean restsOnInference) {

    /** The contract's order: file, line, column, rule id, payload, message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.payload().orElse(""))
            .thenComparing(Finding::message);

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, message, payload, kindSource, evidence, channel, entity,
                restsOnInference);
    }
}
