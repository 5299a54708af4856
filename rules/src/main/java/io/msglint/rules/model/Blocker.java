package io.msglint.rules.model;

/**
 * A finding elsewhere that, while it is reported, makes this one redundant: the receiver's
 * mismatch (ML012) says nothing the send's ML001 does not already say.
 *
 * @param payload the payload type the other finding is about
 */
public record Blocker(String ruleId, SourceLocation location, String payload) {

    /** Whether this is that finding. */
    public boolean is(Finding finding) {
        return finding.ruleId().equals(ruleId) && finding.location().equals(location)
                && finding.payload().orElse("").equals(payload);
    }
}
