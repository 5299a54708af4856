package io.msglint.core.extract;

import java.util.List;

/**
 * What one file contributed, independent of every other file: safe to cache by the file's
 * content (with the classpath and msglint version).
 *
 * @param unresolvedCalls candidate SDK calls whose receiver type could not be resolved
 */
public record FileFacts(List<RawSend> sends, List<RawReceive> receives, int unresolvedCalls) {

    public FileFacts {
        sends = List.copyOf(sends);
        receives = List.copyOf(receives);
    }
}
