package io.msglint.core.extract;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Via;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a parsed file into send sites. Only calls named like an SDK send method are looked at,
 * and only their receiver is resolved; the payload and the channel are then traced through the
 * file's syntax tree.
 */
public final class SendSiteExtractor {

    private final TypeResolver resolver;
    private final PayloadTracer payloads;
    private final ChannelTracer channels = new ChannelTracer();
    private final Methods methods;

    public SendSiteExtractor(TypeResolver resolver) {
        this.resolver = resolver;
        this.payloads = new PayloadTracer(resolver);
        this.methods = new Methods(resolver);
    }

    public FileFacts extract(CompilationUnit unit, String reportPath) {
        List<RawSend> sites = new ArrayList<>();
        int unresolved = 0;
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            if (!SdkCatalog.isSendMethodName(call.getNameAsString()) || call.getScope().isEmpty()) {
                continue;
            }
            Expression receiver = call.getScope().get();
            Optional<TypeRef> type = resolver.typeOf(receiver);
            if (type.isEmpty()) {
                unresolved++;
                sites.add(unresolvedSend(call, reportPath));
                continue;
            }
            Optional<SdkCatalog.Client> client = SdkCatalog.client(type.get().name());
            int arity = call.getArguments().size();
            boolean thirdIsMimeType = arity == 3 && call.getArgument(2).toString().contains("MimeType");
            Optional<Integer> argument = client.flatMap(c -> c.payloadArgument(call.getNameAsString(), arity,
                    thirdIsMimeType));
            if (argument.isPresent() && call.getArguments().size() > argument.get()) {
                sites.add(send(new Candidate(call, receiver, call.getNameAsString(), call.getArguments(),
                        argument.get(), call), client.get(), reportPath));
            }
        }
        for (MethodReferenceExpr reference : unit.findAll(MethodReferenceExpr.class)) {
            elementSend(reference).ifPresent(candidate -> {
                Optional<SdkCatalog.Client> client = resolver.typeOf(candidate.receiver())
                        .flatMap(t -> SdkCatalog.client(t.name()));
                if (client.isPresent() && client.get().payloadArgument(candidate.method()).orElse(-1) == 0) {
                    sites.add(send(candidate, client.get(), reportPath));
                }
            });
        }
        sites.sort((a, b) -> a.location().compareTo(b.location()));
        return new FileFacts(sites, List.of(), unresolved);
    }

    /**
     * A call of an SDK send method: where it is, on what, its arguments and which is the payload;
     * {@code handledBy} is the call whose result the code handles (or drops).
     */
    private record Candidate(Node at, Expression receiver, String method, List<Expression> arguments, int payloadIndex,
                             MethodCallExpr handledBy) {

        Expression payload() {
            return arguments.get(payloadIndex);
        }
    }

    /**
     * {@code Flux.fromIterable(events).flatMap(client::sendEvent)}: a send of each element, handled
     * as the operator's chain is.
     */
    private static Optional<Candidate> elementSend(MethodReferenceExpr reference) {
        if (!SdkCatalog.isSendMethodName(reference.getIdentifier())
                || !(reference.getParentNode().orElse(null) instanceof MethodCallExpr operator)
                || operator.getArguments().size() != 1 || operator.getScope().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(reference, reference.getScope(), reference.getIdentifier(),
                List.of(operator.getScope().get()), 0, operator));
    }

    private RawSend send(Candidate candidate, SdkCatalog.Client client, String reportPath) {
        Expression receiver = candidate.receiver();
        String method = candidate.method();
        ChannelTracer.Target target = channels.trace(receiver, client);
        Expression payload = candidate.payload();
        Trace trace = payloads.trace(payload);
        for (int i = 0; i < candidate.arguments().size(); i++) {
            if (i != candidate.payloadIndex()) {
                PayloadTracer.recordOptionCalls(candidate.arguments().get(i), trace);
            }
        }
        boolean eachElement = candidate.at() instanceof MethodReferenceExpr;
        SendTraits traits = new SendTraits(
                trace.calls().contains(SdkCatalog.SET_SESSION_ID),
                trace.calls().contains(SdkCatalog.SET_MESSAGE_ID),
                client.passesTransaction(method, candidate.arguments().size()),
                trace.calls().stream().anyMatch(SdkCatalog::isPartitionSetter),
                Loops.around(candidate.at()),
                FailureHandling.of(candidate.handledBy(), client.isAsync(method)),
                eachElement ? OptionalInt.empty() : CollectionLiterals.itemCount(payload),
                trace.provableBytes(),
                target.base64());
        // The destination argument, unless the call has none (the payload sits where it would be).
        int entityArgument = client.entityArgument() == candidate.payloadIndex() ? -1 : client.entityArgument();
        Optional<String> entity = entityArgument >= 0 && entityArgument < candidate.arguments().size()
                ? Values.constantString(candidate.arguments().get(entityArgument)) : target.entity();
        // A client the code is given rather than builds: its entity is the bean's, found when linking.
        Optional<Injection> injection = entity.isEmpty() && ChannelTracer.origins(receiver).isEmpty()
                ? Injections.of(receiver, client.type()) : Optional.empty();
        return new RawSend(location(candidate.at(), reportPath), target.channel(), entity,
                client.simpleName() + "." + method, List.copyOf(trace.types()), trace.content(),
                traits, Suppressions.at(candidate.at(), receiver, payload), client.via(), methods.forward(trace),
                injection);
    }

    /**
     * A call named like an SDK send whose receiver's type msglint could not resolve: maybe a send,
     * through a service msglint cannot tell. Listed among the sites (channel UNKNOWN), never judged.
     */
    private RawSend unresolvedSend(MethodCallExpr call, String reportPath) {
        Trace trace = call.getArguments().isEmpty() ? new Trace() : payloads.trace(call.getArgument(0));
        return new RawSend(location(call, reportPath), Channel.UNKNOWN, Optional.empty(),
                call.getNameAsString() + " (receiver type not resolved)", List.copyOf(trace.types()), trace.content(),
                SendTraits.PLAIN, Suppressions.at(call), Via.SDK, Optional.empty(), Optional.empty());
    }

    static SourceLocation location(com.github.javaparser.ast.Node node, String reportPath) {
        Position begin = node.getBegin().orElse(new Position(1, 1));
        return new SourceLocation(reportPath, begin.line, begin.column);
    }

}
