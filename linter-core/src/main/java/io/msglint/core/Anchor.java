package io.msglint.core;

/**
 * Where a finding sits in the code without counting lines: what a reviewer would name it by
 * when lines above it move. Part of a finding's identity in baselines and SARIF fingerprints.
 *
 * @param member    the enclosing type and member, such as {@code com.acme.Orders#place}; empty when unknown
 * @param statement a digest of the flagged statement's tokens, comments and layout left out; empty when unknown
 */
public record Anchor(String member, String statement) {

    /** A finding whose place in the code is not known beyond its file. */
    public static final Anchor NONE = new Anchor("", "");
}
