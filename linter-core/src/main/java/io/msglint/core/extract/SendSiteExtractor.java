package io.msglint.core.extract;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.Content;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.TypeShape;
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
    private final PayloadTypes payloadTypes;
    private final PayloadTracer payloads;
    private final ChannelTracer channels = new ChannelTracer();

    public SendSiteExtractor(TypeResolver resolver, PayloadTypes payloadTypes) {
        this.resolver = resolver;
        this.payloadTypes = payloadTypes;
        this.payloads = new PayloadTracer(resolver);
    }

    public FileFacts extract(CompilationUnit unit, String reportPath) {
        List<SendSite> sites = new ArrayList<>();
        int unresolved = 0;
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            if (!SdkCatalog.isSendMethodName(call.getNameAsString()) || call.getScope().isEmpty()) {
                continue;
            }
            Expression receiver = call.getScope().get();
            Optional<TypeRef> type = resolver.typeOf(receiver);
            if (type.isEmpty()) {
                unresolved++;
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
            Trace trace = payloads.trace(call.getArgument(argument.get()));
            Position begin = call.getBegin().orElse(new Position(1, 1));
            sites.add(new SendSite(new SourceLocation(reportPath, begin.line, begin.column), target.channel(),
                    target.entity(), client.get().simpleName() + "." + call.getNameAsString(),
                    payloadsOf(trace), Suppressions.at(call, receiver, call.getArgument(argument.get()))));
        }
        return new FileFacts(sites, unresolved);
    }

    private List<Payload> payloadsOf(Trace trace) {
        List<Payload> result = new ArrayList<>();
        for (String typeName : trace.types()) {
            PayloadType type = payloadTypes.of(typeName);
            List<Content> content = new ArrayList<>(trace.content());
            for (TypeShape.Field field : type.shape().fields()) {
                if (SdkCatalog.isContentType(field.typeName())) {
                    content.add(new Content(Content.Strength.SHAPE, "field " + field.name() + ": "
                            + field.typeName().substring(field.typeName().lastIndexOf('.') + 1) + " in " + type.simpleName()));
                }
            }
            result.add(new Payload(Optional.of(type), content));
        }
        if (result.isEmpty() && !trace.content().isEmpty()) {
            result.add(new Payload(Optional.empty(), trace.content()));
        }
        return result;
    }
}
