package io.msglint.core.baseline;

import io.msglint.core.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The baseline policy the command line and the Maven plugin share, after ArchUnit's
 * FreezingArchRule: a missing file is created from this run's findings, except in CI, where
 * that would accept findings nobody reviewed; a file whose entries no longer all occur is
 * rewritten smaller, and one of an older version is rewritten in the current one, except in CI,
 * which never writes to the checkout.
 */
public final class BaselineFile {

    private BaselineFile() {
    }

    /**
     * What applying the baseline gave.
     *
     * @param result   the findings the baseline does not cover; empty when the baseline cannot be used
     * @param messages what to tell the user: a created file, or why the baseline cannot be used
     */
    public record Outcome(Optional<ScanResult> result, List<String> messages) {
    }

    /** Whether a CI variable's value says this is a CI run: CI services set it to true (some to 1). */
    public static boolean meansCi(String variable) {
        return variable != null && (variable.trim().equalsIgnoreCase("true") || variable.trim().equals("1"));
    }

    public static Outcome apply(Path file, ScanResult result, boolean ci) {
        try {
            if (!Files.exists(file)) {
                if (ci) {
                    return new Outcome(Optional.empty(), List.of("baseline " + file + " does not exist; CI may not "
                            + "create one: create it locally, outside CI, and commit it"));
                }
                Baseline created = Baseline.of(result);
                created.write(file);
                return new Outcome(Optional.of(created.apply(result).result()),
                        List.of("created baseline " + file + " with " + created.size() + " finding(s)"));
            }
            Baseline.Applied applied = Baseline.load(file).apply(result);
            if ((applied.stale() > 0 || applied.outdated()) && !ci) {
                applied.shrunk().write(file);
                if (applied.outdated()) {
                    return new Outcome(Optional.of(applied.result()), List.of("rewrote baseline " + file
                            + " in the current version with its " + applied.shrunk().size() + " matching finding(s)"));
                }
            }
            return new Outcome(Optional.of(applied.result()), List.of());
        } catch (IOException e) {
            return new Outcome(Optional.empty(), List.of("cannot use baseline " + file + ": " + e.getMessage()));
        }
    }
}
