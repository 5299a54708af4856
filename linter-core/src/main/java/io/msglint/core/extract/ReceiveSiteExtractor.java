package io.msglint.core.extract;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import java.util.Locale;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.msglint.core.resolve.CompilationUnits;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.Via;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Finds the receiving side in a file: Azure Functions triggers and the type they bind, Service
 * Bus receivers and processors (entity, receive mode, sessions), Storage queue receive calls
 * (and whether a loop polls with sleeps), Event Hubs processors and consumers; with the payload
 * types their handlers bind or deserialize ({@code toObject(X.class)}, {@code readValue(.., X.class)}).
 */
public final class ReceiveSiteExtractor {

    private final TypeResolver resolver;
    private final ChannelTracer channels = new ChannelTracer();

    public ReceiveSiteExtractor(TypeResolver resolver) {
        this.resolver = resolver;
    }

    public List<RawReceive> extract(CompilationUnit unit, String reportPath) {
        List<RawReceive> sites = new ArrayList<>();
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            for (Parameter parameter : method.getParameters()) {
                Annotations.trigger(parameter).ifPresent(found -> sites.add(trigger(method, parameter, found, reportPath)));
            }
            Annotations.listener(method).ifPresent(found -> sites.add(listener(method, found, reportPath)));
        }
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (ReceiveCatalog.isServiceBusBuild(name)) {
                serviceBus(call, reportPath).ifPresent(sites::add);
            } else if (name.equals(ReceiveCatalog.EVENT_PROCESSOR_BUILD)) {
                eventProcessor(call, reportPath).ifPresent(sites::add);
            } else if (call.getScope().isPresent() && ReceiveCatalog.mayReceive(name)) {
                clientReceive(call, reportPath).ifPresent(sites::add);
            }
        }
        return sites;
    }

    private RawReceive trigger(MethodDeclaration method, Parameter parameter, Annotations.Found found, String reportPath) {
        Set<String> bound = new LinkedHashSet<>();
        resolver.qualify(parameter.getType()).ifPresent(t -> addBound(t, bound));
        deserializedIn(method, bound);
        boolean batch = found.many() || HandlerClues.takesMany(parameter.getType());
        return new RawReceive(SendSiteExtractor.location(parameter, reportPath), found.binding().channel(),
                found.entity(), "@" + found.binding().simpleName(), true, new ArrayList<>(bound),
                Optional.empty(), false, false, Suppressions.at(parameter), Via.FUNCTIONS,
                HandlerClues.read(method, Optional.of(method), batch, reportPath, Optional.of(resolver)));
    }

    /** A Spring listener method receives its payload parameter: the first not bound to a header. */
    private RawReceive listener(MethodDeclaration method, Annotations.Listening found, String reportPath) {
        Set<String> bound = new LinkedHashSet<>();
        method.getParameters().stream()
                .filter(p -> ReceiveCatalog.Listener.bindsPayload(p.getAnnotations().stream()
                        .map(a -> a.getNameAsString().substring(a.getNameAsString().lastIndexOf('.') + 1)).toList()))
                .findFirst()
                .flatMap(p -> resolver.qualify(p.getType()))
                .ifPresent(t -> addBound(t, bound));
        deserializedIn(method, bound);
        return new RawReceive(SendSiteExtractor.location(method.getName(), reportPath), found.channel(),
                found.entity(), "@" + found.listener().simpleName(), true, new ArrayList<>(bound),
                Optional.empty(), false, false, Suppressions.at(method), Via.SPRING_CLOUD_AZURE,
                HandlerClues.read(method, Optional.of(method), false, reportPath, Optional.of(resolver)));
    }

    private Optional<RawReceive> serviceBus(MethodCallExpr build, String reportPath) {
        List<MethodCallExpr> chain = ChannelTracer.origins(build);
        Optional<MethodCallExpr> receiving = chain.stream()
                .filter(c -> ReceiveCatalog.isServiceBusReceiving(c.getNameAsString()) && c.getArguments().isEmpty())
                .findFirst();
        if (receiving.isEmpty() || !builtFrom(chain, ReceiveCatalog.SERVICE_BUS_BUILDER)) {
            return Optional.empty();
        }
        Channel channel = Channel.SERVICE_BUS;
        Optional<String> entity = Optional.empty();
        Optional<ReceiveSite.ReceiveMode> mode = Optional.of(ReceiveSite.ReceiveMode.PEEK_LOCK);
        Set<String> bound = new LinkedHashSet<>();
        HandlerClues.Reading handling = HandlerClues.Reading.NONE;
        for (MethodCallExpr call : chain) {
            String name = call.getNameAsString();
            Optional<SdkCatalog.EntityMethod> named = entityMethod(Channel.SERVICE_BUS, call);
            if (named.isPresent()) {
                channel = named.get().refinesTo().orElse(channel);
                entity = Values.constantString(call.getArgument(named.get().argument()));
            } else if (name.equals(ReceiveCatalog.RECEIVE_MODE) && call.getArguments().size() == 1) {
                mode = call.getArgument(0).toString().endsWith(ReceiveCatalog.RECEIVE_AND_DELETE)
                        ? Optional.of(ReceiveSite.ReceiveMode.RECEIVE_AND_DELETE) : Optional.empty();
            } else if (name.equals(ReceiveCatalog.PROCESS_MESSAGE) && call.getArguments().size() == 1) {
                Optional<Node> handler = handlerBody(call.getArgument(0));
                handler.ifPresent(body -> deserializedIn(body, bound));
                handling = handling.plus(handled(call.getArgument(0), handler, false, reportPath));
            }
        }
        boolean processor = chain.stream().anyMatch(c -> c.getNameAsString().equals(ReceiveCatalog.PROCESS_MESSAGE));
        if (!processor) {
            // A receiver client: its messages are read where it is used, in the same method or class.
            Optional<Node> user = build.findAncestor(CallableDeclaration.class)
                    .filter(c -> !(c instanceof ConstructorDeclaration))
                    .map(Node.class::cast)
                    .or(() -> build.findAncestor(TypeDeclaration.class).map(Node.class::cast));
            user.ifPresent(scope -> deserializedIn(scope, bound));
            if (user.isPresent() && user.get() instanceof MethodDeclaration method) {
                handling = handling.plus(HandlerClues.read(method, Optional.of(method), false, reportPath,
                        Optional.of(resolver)));
            }
        }
        boolean session = ReceiveCatalog.isServiceBusSessionReceiving(receiving.get().getNameAsString());
        String api = session ? "Service Bus session " + receiving.get().getNameAsString().replace("session", "").toLowerCase(Locale.ROOT)
                : "Service Bus " + receiving.get().getNameAsString();
        return Optional.of(new RawReceive(SendSiteExtractor.location(build.getName(), reportPath), channel, entity, api, false,
                new ArrayList<>(bound), mode, session, false, Suppressions.at(build), Via.SDK, handling));
    }

    private Optional<RawReceive> eventProcessor(MethodCallExpr build, String reportPath) {
        List<MethodCallExpr> chain = ChannelTracer.origins(build);
        if (!builtFrom(chain, ReceiveCatalog.EVENT_PROCESSOR_BUILDER)) {
            return Optional.empty();
        }
        Optional<String> entity = Optional.empty();
        Set<String> bound = new LinkedHashSet<>();
        HandlerClues.Reading handling = HandlerClues.Reading.NONE;
        for (MethodCallExpr call : chain) {
            String name = call.getNameAsString();
            Optional<SdkCatalog.EntityMethod> named = entityMethod(Channel.EVENT_HUBS, call);
            if (named.isPresent()) {
                entity = Values.constantString(call.getArgument(named.get().argument()));
            } else if (ReceiveCatalog.isEventProcessorHandler(name) && !call.getArguments().isEmpty()) {
                Optional<Node> handler = handlerBody(call.getArgument(0));
                handler.ifPresent(body -> deserializedIn(body, bound));
                boolean batch = ReceiveCatalog.isEventProcessorBatchHandler(name);
                handling = handling.plus(handled(call.getArgument(0), handler, batch, reportPath));
            }
        }
        return Optional.of(new RawReceive(SendSiteExtractor.location(build.getName(), reportPath), Channel.EVENT_HUBS, entity,
                "Event Hubs processor", false, new ArrayList<>(bound), Optional.empty(), false, false,
                Suppressions.at(build), Via.SDK, handling));
    }

    /** The builder call naming the entity of a client of the channel, if the call is one. */
    private static Optional<SdkCatalog.EntityMethod> entityMethod(Channel channel, MethodCallExpr call) {
        for (SdkCatalog.EntityMethod method : SdkCatalog.entityMethods(channel)) {
            if (call.getNameAsString().equals(method.name()) && call.getArguments().size() == method.arity()) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /** Storage queue {@code receiveMessage(s)} and Event Hubs consumer receives, type-resolved. */
    private Optional<RawReceive> clientReceive(MethodCallExpr call, String reportPath) {
        Expression receiver = call.getScope().orElseThrow();
        Optional<TypeRef> type = resolver.typeOf(receiver);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String name = call.getNameAsString();
        Optional<SdkCatalog.Client> storage = SdkCatalog.client(type.get().name())
                .filter(c -> c.channel() == Channel.STORAGE_QUEUE && ReceiveCatalog.isStorageReceive(name));
        boolean eventHubs = ReceiveCatalog.isEventHubsConsumerReceive(type.get().name(), name);
        if (storage.isEmpty() && !eventHubs) {
            return Optional.empty();
        }
        Set<String> bound = new LinkedHashSet<>();
        Optional<Node> loop = Loops.enclosingLoop(call);
        Node scope = loop.orElse(call.findAncestor(MethodDeclaration.class).map(Node.class::cast).orElse(call));
        deserializedIn(scope, bound);
        HandlerClues.Reading clues = HandlerClues.read(scope, call.findAncestor(MethodDeclaration.class), false,
                reportPath, Optional.of(resolver));
        if (storage.isPresent()) {
            ChannelTracer.Target target = channels.trace(receiver, storage.get());
            boolean polling = Loops.enclosingLoops(call).stream().anyMatch(l -> l.findAll(MethodCallExpr.class).stream()
                    .anyMatch(c -> ReceiveCatalog.isSleep(c.getNameAsString())));
            return Optional.of(new RawReceive(SendSiteExtractor.location(call, reportPath), Channel.STORAGE_QUEUE,
                    target.entity(), storage.get().simpleName() + "." + name, false, new ArrayList<>(bound),
                    Optional.empty(), false, polling, Suppressions.at(call, receiver), Via.SDK, clues));
        }
        return Optional.of(new RawReceive(SendSiteExtractor.location(call, reportPath), Channel.EVENT_HUBS,
                Optional.empty(), type.get().name().substring(type.get().name().lastIndexOf('.') + 1) + "." + name, false,
                new ArrayList<>(bound), Optional.empty(), false, false, Suppressions.at(call, receiver), Via.SDK, clues));
    }

    /** Whether the chain starts at {@code new Builder()} of that type (or a variable holding one). */
    private boolean builtFrom(List<MethodCallExpr> chain, String builderType) {
        if (chain.isEmpty()) {
            return false;
        }
        Expression root = chain.get(chain.size() - 1).getScope().orElse(null);
        if (root == null) {
            return false;
        }
        Expression start = TypeResolver.unwrap(root);
        if (start instanceof ObjectCreationExpr creation) {
            return CompilationUnits.refersTo(creation, creation.getType().getNameWithScope(), builderType);
        }
        Optional<TypeRef> type = resolver.typeOf(start);
        return type.map(t -> t.name().startsWith(builderType)).orElse(false);
    }

    /** The body of a handler given as a lambda or as a method reference to a method of the same class. */
    private static Optional<Node> handlerBody(Expression handler) {
        Expression h = TypeResolver.unwrap(handler);
        if (h instanceof LambdaExpr lambda) {
            return Optional.of(lambda.getBody());
        }
        if (h instanceof MethodReferenceExpr reference) {
            return reference.findAncestor(TypeDeclaration.class)
                    .flatMap(owner -> owner.getMethodsByName(reference.getIdentifier()).stream().findFirst())
                    .map(Node.class::cast);
        }
        return Optional.empty();
    }

    /** What a processor's handler does: its body read here, or the other bean's method it references. */
    private HandlerClues.Reading handled(Expression handler, Optional<Node> body, boolean batch, String reportPath) {
        if (body.isPresent()) {
            return HandlerClues.read(body.get(), asMethod(body.get()), batch, reportPath, Optional.of(resolver));
        }
        Expression h = TypeResolver.unwrap(handler);
        return h instanceof MethodReferenceExpr reference ? HandlerClues.referenced(reference, resolver)
                : HandlerClues.Reading.NONE;
    }

    private static Optional<MethodDeclaration> asMethod(Node handler) {
        return handler instanceof MethodDeclaration method ? Optional.of(method) : Optional.empty();
    }

    /** Types named as class literals in deserializing calls inside a node. */
    private void deserializedIn(Node node, Set<String> bound) {
        for (MethodCallExpr call : node.findAll(MethodCallExpr.class)) {
            if (ReceiveCatalog.isDeserializer(call.getNameAsString())) {
                for (Expression argument : call.getArguments()) {
                    if (argument instanceof ClassExpr literal) {
                        resolver.qualify(literal.getType()).ifPresent(t -> addBound(t, bound));
                    }
                }
            }
        }
    }

    private void addBound(TypeRef type, Set<String> bound) {
        TypeRef element = type.isArray() || !type.arguments().isEmpty() ? type.elementType().orElse(type) : type;
        if (SdkCatalog.isDomainType(element.name())) {
            bound.add(element.name());
        }
    }
}
