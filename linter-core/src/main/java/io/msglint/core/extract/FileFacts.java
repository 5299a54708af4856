package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import io.msglint.core.Anchor;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one file contributed, independent of every other file: safe to cache by the file's
 * content (with the classpath and msglint version).
 *
 * @param unresolvedCalls candidate SDK calls whose receiver type could not be resolved
 * @param calls           calls to methods that may send what they are given (found only when asked for)
 * @param beans           messaging clients the file defines for injection
 * @param anchors         the line-free place of each send, receive and call, for findings' identities
 * @param declared        every msglint suppression written in the file
 * @param delegated       what the file's methods that receivers hand their work to do (found only when asked for)
 */
public record FileFacts(List<RawSend> sends, List<RawReceive> receives, int unresolvedCalls, List<RawCall> calls,
                        List<RawBean> beans, Map<SourceLocation, Anchor> anchors, List<DeclaredSuppression> declared,
                        Map<Delegate, List<Clue>> delegated) {

    public FileFacts {
        delegated = Map.copyOf(delegated);
        sends = List.copyOf(sends);
        receives = List.copyOf(receives);
        calls = List.copyOf(calls);
        beans = List.copyOf(beans);
        anchors = Map.copyOf(anchors);
        declared = List.copyOf(declared);
    }

    public FileFacts(List<RawSend> sends, List<RawReceive> receives, int unresolvedCalls) {
        this(sends, receives, unresolvedCalls, List.of(), List.of(), Map.of(), List.of(), Map.of());
    }

    /** The facts of one file's sends and receives, as its extractor finds them. */
    public FileFacts(List<RawSend> sends, List<RawReceive> receives, int unresolvedCalls, List<RawCall> calls,
                     List<RawBean> beans, Map<SourceLocation, Anchor> anchors, List<DeclaredSuppression> declared) {
        this(sends, receives, unresolvedCalls, calls, beans, anchors, declared, Map.of());
    }

    /** What a file's methods that receivers delegate to do. */
    public static FileFacts ofDelegated(Map<Delegate, List<Clue>> delegated) {
        return new FileFacts(List.of(), List.of(), 0, List.of(), List.of(), Map.of(), List.of(), delegated);
    }

    /** The calls of a file to methods that may send. */
    public static FileFacts ofCalls(List<RawCall> calls) {
        return new FileFacts(List.of(), List.of(), 0, calls, List.of(), Map.of(), List.of());
    }

    /** These facts with the anchors of their places, read off the tree they came from. */
    public FileFacts anchoredIn(CompilationUnit unit) {
        List<SourceLocation> places = new ArrayList<>();
        sends.forEach(s -> places.add(s.location()));
        receives.forEach(r -> places.add(r.location()));
        calls.forEach(c -> places.add(c.location()));
        return new FileFacts(sends, receives, unresolvedCalls, calls, beans, Anchors.of(unit, places), declared,
                delegated);
    }
}
