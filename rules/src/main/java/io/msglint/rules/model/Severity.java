package io.msglint.rules.model;

import java.util.Locale;

/** A finding's level, most severe first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** The less severe of the two. */
    public Severity capAt(Severity cap) {
        return isAtLeast(cap) ? cap : this;
    }

    public String reportName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
