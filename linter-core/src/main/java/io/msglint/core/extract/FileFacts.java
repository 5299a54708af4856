package io.msglint.core.extract;

import java.util.List;

/**
 * What one file contributed, independent of every other file: safe to cache by the file's
 * content (with the classpath and msglint version).
 *
 * @param unresolvedCalls candidate SDK calls whose receiver type could not be resolved
 * @param calls           calls to methods that may send what they are given (found only when asked for)
 */
public record FileFacts(List<RawSend> sends, List<RawReceive> receives, int unresolvedCalls, List<RawCall> calls) {

    public FileFacts {
        sends = List.copyOf(sends);
        receives = List.copyOf(receives);
        calls = List.copyOf(calls);
    }

    public FileFacts(List<RawSend> sends, List<RawReceive> receives, int unresolvedCalls) {
        this(sends, receives, unresolvedCalls, List.of());
    }

    /** The calls of a file to methods that may send. */
    public static FileFacts ofCalls(List<RawCall> calls) {
        return new FileFacts(List.of(), List.of(), 0, calls);
    }
}
