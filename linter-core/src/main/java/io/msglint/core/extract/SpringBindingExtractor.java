package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.msglint.core.resolve.CompilationUnits;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.azure.SpringFrameworks;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Via;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sites whose service and entity the module's configuration names, read here as the code shows
 * them: Spring Cloud Stream's functional beans ({@code Supplier}, {@code Consumer}, {@code Function}
 * {@code @Bean} methods: the site is the method, the payload its type argument, the entity the
 * binding name) and JMS listeners ({@code @JmsListener}: the entity is its destination as written);
 * and Spring Integration's Azure adapters, whose service and entity their constructors and setters
 * show ({@code DefaultMessageHandler}, {@code StorageQueueMessageSource}, the listener container
 * properties inbound adapters are built from).
 * Linking reads the configuration ({@link io.msglint.core.spring.SpringBindings}): which of them are
 * bound, through which service, to which queue, topic or hub.
 */
final class SpringBindingExtractor {

    private static final String BEAN = "Bean";

    private final TypeResolver resolver;

    SpringBindingExtractor(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /** What one file has of both. */
    record Found(List<RawSend> sends, List<RawReceive> receives) {
    }

    Found extract(CompilationUnit unit, String reportPath) {
        List<RawSend> sends = new ArrayList<>();
        List<RawReceive> receives = new ArrayList<>();
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            for (AnnotationExpr annotation : method.getAnnotations()) {
                String written = annotation.getNameAsString();
                String simple = written.substring(written.lastIndexOf('.') + 1);
                if (simple.equals(BEAN) && CompilationUnits.refersTo(annotation, written, SdkCatalog.BEAN_ANNOTATION)) {
                    functionalBean(method, annotation, reportPath, sends, receives);
                } else if (simple.equals(simpleName(SpringFrameworks.JMS_LISTENER))
                        && CompilationUnits.refersTo(annotation, written, SpringFrameworks.JMS_LISTENER)) {
                    receives.add(jmsListener(method, annotation, reportPath));
                }
            }
        }
        boolean inbound = unit.getImports().stream()
                .anyMatch(i -> i.getNameAsString().contains(SpringFrameworks.INBOUND_ADAPTER));
        for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
            Optional<TypeRef> type = resolver.qualify(creation.getType());
            if (type.isEmpty()) {
                continue;
            }
            switch (type.get().name()) {
                case SpringFrameworks.DEFAULT_MESSAGE_HANDLER -> messageHandler(creation, reportPath).ifPresent(sends::add);
                case SpringFrameworks.STORAGE_QUEUE_MESSAGE_SOURCE -> receives.add(integrationReceive(creation,
                        Channel.STORAGE_QUEUE, argument(creation, 0), "StorageQueueMessageSource", Via.SPRING_INTEGRATION,
                        reportPath));
                case SpringFrameworks.SERVICE_BUS_CONTAINER_PROPERTIES -> receives.add(integrationReceive(creation,
                        setOn(creation, SpringFrameworks.SET_SUBSCRIPTION_NAME).isPresent()
                                ? Channel.SERVICE_BUS_TOPIC : Channel.SERVICE_BUS_QUEUE,
                        setOn(creation, SpringFrameworks.SET_ENTITY_NAME).filter(e -> !e.isEmpty()),
                        "ServiceBusContainerProperties",
                        inbound ? Via.SPRING_INTEGRATION : Via.SPRING_CLOUD_AZURE, reportPath));
                case SpringFrameworks.EVENT_HUBS_CONTAINER_PROPERTIES -> receives.add(integrationReceive(creation,
                        Channel.EVENT_HUBS, setOn(creation, SpringFrameworks.SET_EVENT_HUB_NAME).filter(e -> !e.isEmpty()),
                        "EventHubsContainerProperties", inbound ? Via.SPRING_INTEGRATION : Via.SPRING_CLOUD_AZURE,
                        reportPath));
                default -> { }
            }
        }
        return new Found(sends, receives);
    }

    /**
     * Spring Integration's outbound handler: {@code new DefaultMessageHandler(destination, template)}
     * sends what reaches its channel through the template's service; a Service Bus template's
     * {@code setDefaultEntityType} in the same method says queue or topic.
     */
    private Optional<RawSend> messageHandler(ObjectCreationExpr creation, String reportPath) {
        if (creation.getArguments().size() < 2) {
            return Optional.empty();
        }
        Expression template = creation.getArgument(1);
        Optional<SdkCatalog.Client> client = resolver.typeOf(template).flatMap(t -> SdkCatalog.client(t.name()));
        Channel channel = client.map(SdkCatalog.Client::channel).orElse(Channel.UNKNOWN);
        if (channel == Channel.SERVICE_BUS) {
            channel = entityTypeSetOn(template, creation).orElse(Channel.SERVICE_BUS);
        }
        return Optional.of(new RawSend(SendSiteExtractor.location(creation, reportPath), channel,
                argument(creation, 0), "DefaultMessageHandler", List.of(), List.of(), SendTraits.PLAIN,
                Suppressions.at(creation), Via.SPRING_INTEGRATION, Optional.empty(), Optional.empty()));
    }

    private RawReceive integrationReceive(ObjectCreationExpr creation, Channel channel, Optional<String> entity,
                                          String api, Via via, String reportPath) {
        return new RawReceive(SendSiteExtractor.location(creation, reportPath), channel, entity, api, true, List.of(),
                Optional.empty(), false, false, Suppressions.at(creation), via, HandlerClues.Reading.NONE);
    }

    private static Optional<String> argument(ObjectCreationExpr creation, int index) {
        return creation.getArguments().size() > index ? Values.constantString(creation.getArgument(index)) : Optional.empty();
    }

    /**
     * What a setter is given on the object a creation makes, in the method around it:
     * {@code properties.setEntityName(QUEUE)} after {@code properties = new ServiceBusContainerProperties()}.
     */
    private static Optional<String> setOn(ObjectCreationExpr creation, String setter) {
        Optional<String> variable = assignedTo(creation);
        Optional<Node> body = creation.findAncestor(CallableDeclaration.class).map(n -> n);
        if (variable.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        for (MethodCallExpr call : body.get().findAll(MethodCallExpr.class)) {
            if (call.getNameAsString().equals(setter) && call.getArguments().size() == 1 && call.getScope().isPresent()
                    && call.getScope().get() instanceof NameExpr scope && scope.getNameAsString().equals(variable.get())) {
                Optional<String> value = Values.constantString(call.getArgument(0));
                return value.isPresent() ? value : Optional.of("");
            }
        }
        return Optional.empty();
    }

    /** The local variable or field a creation is assigned to, by name. */
    private static Optional<String> assignedTo(ObjectCreationExpr creation) {
        Node parent = creation.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator declarator) {
            return Optional.of(declarator.getNameAsString());
        }
        if (parent instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        return Optional.empty();
    }

    /** {@code template.setDefaultEntityType(ServiceBusEntityType.TOPIC)} in the method around the handler. */
    private static Optional<Channel> entityTypeSetOn(Expression template, Node near) {
        Optional<Node> body = near.findAncestor(CallableDeclaration.class).map(n -> n);
        if (!(template instanceof NameExpr name) || body.isEmpty()) {
            return Optional.empty();
        }
        for (MethodCallExpr call : body.get().findAll(MethodCallExpr.class)) {
            if (call.getNameAsString().equals(SpringFrameworks.SET_DEFAULT_ENTITY_TYPE) && call.getArguments().size() == 1
                    && call.getScope().isPresent() && call.getScope().get() instanceof NameExpr scope
                    && scope.getNameAsString().equals(name.getNameAsString())) {
                String written = call.getArgument(0).toString();
                return SpringFrameworks.entityType(written.substring(written.lastIndexOf('.') + 1));
            }
        }
        return Optional.empty();
    }

    private void functionalBean(MethodDeclaration method, AnnotationExpr bean, String reportPath,
                                List<RawSend> sends, List<RawReceive> receives) {
        if (!(method.getType() instanceof ClassOrInterfaceType returned) || returned.getTypeArguments().isEmpty()) {
            return;
        }
        Optional<TypeRef> type = resolver.qualify(returned);
        if (type.isEmpty()) {
            return;
        }
        List<Type> arguments = returned.getTypeArguments().get();
        String name = beanName(bean).orElse(method.getNameAsString());
        SourceLocation at = SendSiteExtractor.location(method.getName(), reportPath);
        switch (type.get().name()) {
            case SpringFrameworks.SUPPLIER -> sends.add(send(method, at, name, arguments.get(0), "Supplier"));
            case SpringFrameworks.CONSUMER -> receives.add(receive(method, at, name, arguments.get(0), "Consumer"));
            case SpringFrameworks.FUNCTION -> {
                if (arguments.size() == 2) {
                    receives.add(receive(method, at, name, arguments.get(0), "Function"));
                    sends.add(send(method, at, name, arguments.get(1), "Function"));
                }
            }
            default -> { }
        }
    }

    private RawSend send(MethodDeclaration method, SourceLocation at, String bean, Type payload, String kind) {
        return new RawSend(at, Channel.UNKNOWN, Optional.of(bean + SpringFrameworks.OUTPUT_SUFFIX), "@Bean " + kind,
                payloadTypes(payload), List.of(), SendTraits.PLAIN, Suppressions.at(method), Via.SPRING_CLOUD_STREAM,
                Optional.empty(), Optional.empty());
    }

    private RawReceive receive(MethodDeclaration method, SourceLocation at, String bean, Type payload, String kind) {
        return new RawReceive(at, Channel.UNKNOWN, Optional.of(bean + SpringFrameworks.INPUT_SUFFIX), "@Bean " + kind,
                true, payloadTypes(payload), Optional.empty(), false, false, Suppressions.at(method),
                Via.SPRING_CLOUD_STREAM,
                HandlerClues.read(method, Optional.of(method), HandlerClues.takesMany(payload), at.file(), Optional.of(resolver)));
    }

    /**
     * A JMS listener. Its kind as the code shows it: a topic where it names the starter's topic
     * container factory or a durable subscription; otherwise left to the configuration.
     */
    private RawReceive jmsListener(MethodDeclaration method, AnnotationExpr listener, String reportPath) {
        Optional<String> destination = attribute(listener, "destination").flatMap(Values::constantString);
        boolean topic = attribute(listener, "containerFactory").flatMap(Values::constantString)
                .map(f -> f.toLowerCase(Locale.ROOT).contains("topic")).orElse(false)
                || attribute(listener, "subscription").isPresent();
        List<String> bound = new ArrayList<>();
        listenerPayload(method).ifPresent(p -> bound.addAll(payloadTypes(p.getType())));
        return new RawReceive(SendSiteExtractor.location(method.getName(), reportPath),
                topic ? Channel.SERVICE_BUS_TOPIC : Channel.UNKNOWN, destination, "@JmsListener", true, bound,
                Optional.empty(), false, false, Suppressions.at(method), Via.JMS,
                HandlerClues.read(method, Optional.of(method), false, reportPath, Optional.of(resolver)));
    }

    /** The parameter a JMS listener's payload binds to: the one marked {@code @Payload}, else the first that is no JMS plumbing. */
    private Optional<Parameter> listenerPayload(MethodDeclaration method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getAnnotations().stream().anyMatch(a -> a.getNameAsString().endsWith("Payload"))) {
                return Optional.of(parameter);
            }
        }
        for (Parameter parameter : method.getParameters()) {
            boolean header = parameter.getAnnotations().stream().anyMatch(a -> a.getNameAsString().endsWith("Header")
                    || a.getNameAsString().endsWith("Headers"));
            Optional<TypeRef> type = resolver.qualify(parameter.getType());
            if (!header && type.isPresent() && !SpringFrameworks.isJmsPlumbing(type.get().name())) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    /** The payload a type carries: through {@code Flux}, {@code Mono}, {@code Message} and lists to the element. */
    private List<String> payloadTypes(Type type) {
        Optional<TypeRef> ref = resolver.qualify(type);
        while (ref.isPresent() && SpringFrameworks.isPayloadWrapper(ref.get().name()) && !ref.get().arguments().isEmpty()) {
            ref = Optional.of(ref.get().arguments().get(0));
        }
        return ref.filter(r -> SdkCatalog.isDomainType(r.name())).map(r -> List.of(r.name())).orElse(List.of());
    }

    private static Optional<String> beanName(AnnotationExpr bean) {
        Optional<Expression> value = bean instanceof SingleMemberAnnotationExpr single ? Optional.of(single.getMemberValue())
                : attribute(bean, "name").or(() -> attribute(bean, "value"));
        return value.flatMap(Values::constantString);
    }

    private static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(name)) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
