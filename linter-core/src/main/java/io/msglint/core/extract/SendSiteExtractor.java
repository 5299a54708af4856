package io.msglint.core.extract;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
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
            if (client.isEmpty()) {
                continue;
            }
            Optional<Integer> argument = client.get().payloadArgument(call.getNameAsString());
            if (argument.isEmpty() || call.getArguments().size() <= argument.get()) {
                continue;
            }
            ChannelTracer.Target target = channels.trace(receiver, client.get());
            Expression payload = call.getArgument(argument.get());
            Trace trace = payloads.trace(payload);
            for (int i = 0; i < call.getArguments().size(); i++) {
                if (i != argument.get()) {
                    PayloadTracer.recordOptionCalls(call.getArgument(i), trace);
                }
            }
            SendTraits traits = new SendTraits(
                    trace.calls().contains(SdkCatalog.SET_SESSION_ID),
                    trace.calls().contains(SdkCatalog.SET_MESSAGE_ID),
                    client.get().passesTransaction(call.getNameAsString(), call.getArguments().size()),
                    trace.calls().stream().anyMatch(SdkCatalog::isPartitionSetter),
                    Loops.around(call),
                    FailureHandling.of(call, client.get().isAsync(call.getNameAsString())),
                    CollectionLiterals.itemCount(payload),
                    trace.provableBytes(),
                    target.base64());
            Optional<String> entity = client.get().entityArgument() >= 0
                    ? Values.constantString(call.getArgument(client.get().entityArgument())) : target.entity();
            // A client the code is given rather than builds: its entity is the bean's, found when linking.
            Optional<Injection> injection = entity.isEmpty() && ChannelTracer.origins(receiver).isEmpty()
                    ? Injections.of(receiver, client.get().type()) : Optional.empty();
            sites.add(new RawSend(location(call, reportPath), target.channel(), entity,
                    client.get().simpleName() + "." + call.getNameAsString(), List.copyOf(trace.types()), trace.content(),
                    traits, Suppressions.at(call, receiver, payload), client.get().via(), methods.forward(trace),
                    injection));
        }
        return new FileFacts(sites, List.of(), unresolved);
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
