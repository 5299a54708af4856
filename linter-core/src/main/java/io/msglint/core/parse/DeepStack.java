package io.msglint.core.parse;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Threads with the stack a scan needs. JavaParser and the symbol solver recurse once per level of
 * nesting in the code they read, and javac accepts expressions nested thousands deep: the JVM's
 * default stack (1 MB) overflows at a few hundred. The size reserves address space; memory is
 * used only as deep as a walk actually goes.
 */
public final class DeepStack {

    /** Enough for expressions nested several thousand deep. */
    private static final long DEFAULT_MB = 512;

    private DeepStack() {
    }

    /** A daemon thread with a deep stack: {@value #DEFAULT_MB} MB, or the system property {@code msglint.stackMb}. */
    public static Thread thread(Runnable work, String name) {
        long megabytes = Math.max(1, Long.getLong("msglint.stackMb", DEFAULT_MB));
        Thread thread = new Thread(null, work, name, megabytes * 1024 * 1024);
        thread.setDaemon(true);
        return thread;
    }

    /** Runs the work on a thread with a deep stack and waits for it; what it throws, this throws. */
    public static <T> T call(Supplier<T> work, String name) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = thread(() -> {
            try {
                result.set(work.get());
            } catch (Throwable t) { // handed back to the caller below, whatever it is
                failure.set(t);
            }
        }, name);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
        return result.get();
    }
}
