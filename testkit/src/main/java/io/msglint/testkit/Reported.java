package io.msglint.testkit;

/**
 * A finding as msglint reported it, reduced to what a marker can check.
 *
 * @param file relative to the same folder as the markers', with '/'
 */
public record Reported(String file, int line, String ruleId, String level, String message) {

    @Override
    public String toString() {
        return file + ":" + line + " " + ruleId + " " + level + ": " + message;
    }
}
