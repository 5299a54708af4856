package io.msglint.rules.model;

import java.util.Collection;
import java.util.Optional;

/**
 * One rule suppressed by an annotation in the code: {@code @SuppressMsglint(value = "ML003",
 * reason = "...")} or {@code @SuppressWarnings("msglint:ML003")}.
 *
 * @param ruleId     the rule, or {@link #ALL_RULES}
 * @param reason     why, as the code says; empty when it does not
 * @param declaredAt where the annotation is, when the front end knows it
 */
public record Suppression(String ruleId, String reason, Optional<SourceLocation> declaredAt) {

    /** The id that stands for every rule ({@code @SuppressWarnings("msglint")}, {@code @SuppressMsglint}). */
    public static final String ALL_RULES = "*";

    /** Whether it suppresses findings of this rule. */
    public boolean covers(String rule) {
        return ruleId.equals(ALL_RULES) || ruleId.equals(rule);
    }

    /** Whether any of these suppresses findings of this rule. */
    public static boolean anyCovers(Collection<Suppression> suppressions, String rule) {
        for (Suppression suppression : suppressions) {
            if (suppression.covers(rule)) {
                return true;
            }
        }
        return false;
    }
}
