package io.msglint.core.extract;

import java.util.List;

/**
 * What one file contributed, independent of every other file: safe to cache by the file's
 * content (with the classpath and msglint version).
 *
 * @param unresolvedCalls candidate SDK calls whose receiver type could not be resolved
 * @param calls           calls to methods that may send what they are given (found only when asked for)
 * @param beans           messaging clients the file defines for injection
 */
public record FileFacts(List<RawSend> sends, List<RawReceive> receives, int unresolvedCalls, List<RawCall> calls,
                        List<RawBean> beans) {

    public FileFacts {
        sends = List.copyOf(sends);
        receives = List.copyOf(receives);
        calls = List.copyOf(calls);
        beans = List.copyOf(beans);
    }

    public FileFacts(List<RawSend> sends, List<RawReceive> receives, int unresolvedCalls) {
        this(sends, receives, unresolvedCalls, List.of(), List.of());
    }

    /** The calls of a file to methods that may send. */
    public static FileFacts ofCalls(List<RawCall> calls) {
        return new FileFacts(List.of(), List.of(), 0, calls, List.of());
    }
}
