package io.msglint.core;

import java.util.Comparator;

/**
 * Something msglint could not do on the way, such as parse a file: reported beside the
 * findings, never a failed run.
 *
 * @param file path relative to the base directory with '/', or "" when it concerns the run
 */
public record Diagnostic(String file, String message) {

    public static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(Diagnostic::file).thenComparing(Diagnostic::message);
}
