package io.msglint.core.baseline;

import io.msglint.core.Anchor;
import io.msglint.core.Fingerprint;
import io.msglint.rules.model.Finding;

/**
 * What makes a finding the same one in the next run, for baselines and SARIF fingerprints: its
 * rule, file, enclosing type and member, payload, channel and flagged statement. Not its line,
 * which moves with every edit above it, nor its message, which msglint may word better.
 */
public final class FindingIdentity {

    /** The fields of an identity, in order, as a baseline's header names them. */
    static final String FIELDS = "ruleId\tfile\tmember\tpayload\tchannel\tstatement";

    private FindingIdentity() {
    }

    /** The identity as one line of tab-separated fields. */
    public static String of(Finding finding, Anchor anchor) {
        return String.join("\t", finding.ruleId(), clean(finding.location().file()), clean(anchor.member()),
                clean(finding.payload().orElse("")), finding.channel().name(), clean(anchor.statement()));
    }

    /** The identity as a short digest, for SARIF's fingerprints. */
    public static String digest(Finding finding, Anchor anchor) {
        return Fingerprint.of(of(finding, anchor));
    }

    private static String clean(String field) {
        return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
