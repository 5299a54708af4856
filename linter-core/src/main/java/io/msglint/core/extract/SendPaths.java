package io.msglint.core.extract;

import io.msglint.core.Diagnostic;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Follows payloads through the project's own methods. A send whose payload is a parameter of the
 * method around it is judged at that method's callers, each by its own argument; a caller that
 * passes on a parameter of its own is followed in turn, up to {@value #MAX_DEPTH} methods. The site
 * is where the payload enters: the outermost call that hands it over, with the calls from there to
 * the SDK as its path. A sending method nobody calls in the scanned code keeps its own send.
 */
public final class SendPaths {

    /** How many of the project's methods a payload is followed through. */
    public static final int MAX_DEPTH = 8;

    /** A send with the calls from its location to the SDK call. */
    record Composed(RawSend send, List<SourceLocation> path) {
    }

    /** The sends to link, and where the depth bound stopped a path. */
    record Result(List<Composed> sends, List<Diagnostic> notes) {
    }

    /**
     * A send whose payload arrives through a parameter of {@code method}: what a call of it becomes.
     *
     * @param path     the steps from a call of {@code method} to the SDK call
     * @param fallback the site if nobody calls {@code method}
     */
    private record Chain(MethodRef method, int parameter, RawSend send, List<SourceLocation> path,
                         SendTraits.Loop loop, Set<Suppression> suppressions, Composed fallback) {
    }

    private SendPaths() {
    }

    static Result compose(List<RawSend> sends, List<RawCall> calls) {
        List<Composed> composed = new ArrayList<>();
        List<Diagnostic> notes = new ArrayList<>();
        List<Chain> current = new ArrayList<>();
        for (RawSend send : sends) {
            if (send.forward().isPresent()) {
                Forward forward = send.forward().get();
                current.add(new Chain(forward.method(), forward.parameter(), send, List.of(send.location()),
                        send.traits().loop(), send.suppressions(), new Composed(send, List.of())));
            } else {
                composed.add(new Composed(send, List.of()));
            }
        }
        for (int depth = 1; !current.isEmpty(); depth++) {
            List<Chain> next = new ArrayList<>();
            for (Chain chain : current) {
                List<RawCall> callers = callersOf(chain, current, calls);
                if (callers.isEmpty()) {
                    composed.add(chain.fallback());
                    continue;
                }
                if (depth == 1) {
                    composed.add(new Composed(delegated(chain.send()), List.of()));
                }
                for (RawCall call : callers) {
                    RawCall.Argument argument = call.arguments().get(chain.parameter());
                    Composed site = new Composed(at(call, argument, chain), chain.path());
                    boolean passedOn = argument.forwardedParameter().isPresent() && call.caller().isPresent();
                    if (passedOn && depth < MAX_DEPTH) {
                        next.add(new Chain(call.caller().get(), argument.forwardedParameter().get(), chain.send(),
                                prepend(call.location(), chain.path()), stronger(call.loop(), chain.loop()),
                                union(call.suppressions(), chain.suppressions()), site));
                    } else {
                        composed.add(site);
                        if (passedOn) {
                            notes.add(new Diagnostic(call.location().file(), "line " + call.location().line()
                                    + ": the payload passes through more than " + MAX_DEPTH
                                    + " of the project's methods on its way to " + chain.send().api()
                                    + "; msglint judged it here and followed it no further"));
                        }
                    }
                }
            }
            current = next;
        }
        return new Result(composed, notes);
    }

    /**
     * The calls that reach the chain's method: by receiver type, name and arity; a call whose
     * receiver type is unknown only if no other sending method has its name and arity.
     */
    private static List<RawCall> callersOf(Chain chain, List<Chain> level, List<RawCall> calls) {
        List<RawCall> callers = new ArrayList<>();
        MethodRef method = chain.method();
        for (RawCall call : calls) {
            if (call.arguments().size() <= chain.parameter()) {
                continue;
            }
            boolean reached = call.receiverTypes().isEmpty()
                    ? call.name().equals(method.name()) && call.arguments().size() == method.arity()
                    && onlySenderNamed(method, level)
                    : method.reachableFrom(call.receiverTypes(), call.name(), call.arguments().size());
            if (reached) {
                callers.add(call);
            }
        }
        return callers;
    }

    private static boolean onlySenderNamed(MethodRef method, List<Chain> level) {
        for (Chain other : level) {
            MethodRef m = other.method();
            if (m.name().equals(method.name()) && m.arity() == method.arity() && !m.type().equals(method.type())) {
                return false;
            }
        }
        return true;
    }

    /** The send as a call of a sending method makes it: this call's argument, the send's service and settings. */
    private static RawSend at(RawCall call, RawCall.Argument argument, Chain chain) {
        RawSend send = chain.send();
        SendTraits t = send.traits();
        // How the SDK call handles failure and what size it provably sends are the SDK call's own,
        // judged once there; the loop the payload is sent in is the strongest on its way.
        SendTraits traits = new SendTraits(t.sessionId(), t.messageId(), t.transaction(), t.partitioned(),
                stronger(call.loop(), chain.loop()), SendTraits.Handling.CHECKED, OptionalInt.empty(),
                OptionalLong.empty(), t.base64());
        return new RawSend(call.location(), send.channel(), send.entity(), send.api(), argument.types(),
                argument.content(), traits, union(call.suppressions(), chain.suppressions()), send.via(),
                Optional.empty(), Optional.empty());
    }

    /** The SDK call of a sending method that has callers: judged for how it sends, its payloads at the callers. */
    private static RawSend delegated(RawSend send) {
        return new RawSend(send.location(), send.channel(), send.entity(), send.api(), List.of(), List.of(),
                send.traits(), send.suppressions(), send.via(), Optional.empty(), Optional.empty());
    }

    private static SendTraits.Loop stronger(SendTraits.Loop a, SendTraits.Loop b) {
        if (a == SendTraits.Loop.UNBOUNDED || a == SendTraits.Loop.SCHEDULED) {
            return a;
        }
        if (b == SendTraits.Loop.UNBOUNDED || b == SendTraits.Loop.SCHEDULED) {
            return b;
        }
        return a == SendTraits.Loop.BOUNDED ? a : b;
    }

    private static List<SourceLocation> prepend(SourceLocation step, List<SourceLocation> path) {
        List<SourceLocation> steps = new ArrayList<>();
        steps.add(step);
        steps.addAll(path);
        return steps;
    }

    private static Set<Suppression> union(Set<Suppression> a, Set<Suppression> b) {
        Set<Suppression> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }
}
