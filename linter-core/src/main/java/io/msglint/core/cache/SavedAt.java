package io.msglint.core.cache;

/**
 * When the cache was written, and what that says of a file's time. A file modified this close to
 * the cache's writing may have changed again within the same timestamp tick (one or two seconds
 * on some file systems) without changing size: it is read again rather than trusted, as git does
 * with its index, and the cache is written again so that the file is settled for the next run.
 */
final class SavedAt {

    private static final long RACY_MILLIS = 2_000;

    private final long millis;
    private volatile boolean sawRacyFile;

    SavedAt(long millis) {
        this.millis = millis;
    }

    long millis() {
        return millis;
    }

    /** Whether a file's modification time says it did not change since the cache was written. */
    boolean settled(long modified) {
        if (modified < millis - RACY_MILLIS) {
            return true;
        }
        sawRacyFile = true;
        return false;
    }

    /** Whether a file was too recent to trust: the cache must be written again. */
    boolean sawRacyFile() {
        return sawRacyFile;
    }
}
