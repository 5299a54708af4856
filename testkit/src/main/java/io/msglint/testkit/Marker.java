package io.msglint.testkit;

import java.util.Optional;

/**
 * One expected finding, written in a source file as {@code // expect: ML005 warning "session id"}.
 *
 * @param file     the file, relative to the folder the markers were read against, with '/'
 * @param line     the line the marker is on, where the finding must be
 * @param ruleId   the rule that must report it
 * @param level    its level ({@code error}, {@code warning}, {@code info}), if the marker names one
 * @param fragment text its message must contain, if the marker quotes some
 */
public record Marker(String file, int line, String ruleId, Optional<String> level, Optional<String> fragment) {

    /** Whether a reported finding is the one this marker expects. */
    public boolean matches(Reported finding) {
        return file.equals(finding.file()) && line == finding.line() && ruleId.equals(finding.ruleId())
                && (level.isEmpty() || level.get().equals(finding.level()))
                && (fragment.isEmpty() || finding.message().contains(fragment.get()));
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + ruleId + level.map(l -> " " + l).orElse("")
                + fragment.map(f -> " \"" + f + "\"").orElse("");
    }
}
