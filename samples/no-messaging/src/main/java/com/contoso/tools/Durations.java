package com.contoso.tools;

import java.time.Duration;

/** Formats song lengths. */
public final class Durations {

    private Durations() {
    }

    public static String format(Duration length) {
        return length.toMinutes() + ":" + String.format("%02d", length.toSecondsPart());
    }
}
