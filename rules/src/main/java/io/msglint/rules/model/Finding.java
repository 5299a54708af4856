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
 * @param path       the site's calls from where the payload enters to the SDK call (see {@link SendSite#path})
 * @param heldBackBy other findings that make this one redundant while any of them is reported: it
 *                   stands once each is suppressed, baselined or gone
 */
public record Finding(String ruleId, Severity severity, SourceLocation location, String message,
                      Optional<String> payload, Optional<KindSource> kindSource, List<String> evidence,
                      Channel channel, Optional<String> entity, boolean restsOnInference,
                      List<SourceLocation> path, List<Blocker> heldBackBy) {

    /** The contract's order: file, line, column, rule id, payload, message. */
    public static final Comparator<Finding> ORDER = new ContractOrder();

    public Finding {
        evidence = List.copyOf(evidence);
        path = List.copyOf(path);
        heldBackBy = List.copyOf(heldBackBy);
    }

    /** A finding that nothing else makes redundant. */
    public Finding(String ruleId, Severity severity, SourceLocation location, String message,
                   Optional<String> payload, Optional<KindSource> kindSource, List<String> evidence,
                   Channel channel, Optional<String> entity, boolean restsOnInference, List<SourceLocation> path) {
        this(ruleId, severity, location, message, payload, kindSource, evidence, channel, entity, restsOnInference, path,
                List.of());
    }

    /** A finding right at the call that sends or receives: no path through the project's methods. */
    public Finding(String ruleId, Severity severity, SourceLocation location, String message,
                   Optional<String> payload, Optional<KindSource> kindSource, List<String> evidence,
                   Channel channel, Optional<String> entity, boolean restsOnInference) {
        this(ruleId, severity, location, message, payload, kindSource, evidence, channel, entity, restsOnInference,
                List.of());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, location, message, payload, kindSource, evidence, channel, entity,
                restsOnInference, path, heldBackBy);
    }

    /** The same finding, redundant while any of these is reported. */
    public Finding heldBackBy(List<Blocker> blockers) {
        return new Finding(ruleId, severity, location, message, payload, kindSource, evidence, channel, entity,
                restsOnInference, path, blockers);
    }

    /** Whether one of these findings makes it redundant. */
    public boolean isHeldBackAmong(List<Finding> reported) {
        for (Blocker blocker : heldBackBy) {
            for (Finding other : reported) {
                if (blocker.is(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A class rather than a chain of {@code Comparator.comparing} lambdas (docs/performance.md). */
    private static final class ContractOrder implements Comparator<Finding> {

        @Override
        public int compare(Finding a, Finding b) {
            int order = a.location.compareTo(b.location);
            if (order == 0) {
                order = a.ruleId.compareTo(b.ruleId);
            }
            if (order == 0) {
                order = a.payload.orElse("").compareTo(b.payload.orElse(""));
            }
            return order != 0 ? order : a.message.compareTo(b.message);
        }
    }
}
