package io.msglint.rules.archunit;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import io.msglint.annotations.Delivery;
import io.msglint.annotations.EventKind;
import io.msglint.annotations.Receivers;
import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.classify.ConfiguredKinds;
import io.msglint.rules.classify.ChannelEvidence;
import io.msglint.rules.classify.PayloadClassifier;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import io.msglint.rules.model.Tiers;
import io.msglint.rules.model.TypeShape;
import io.msglint.rules.model.Via;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bytecode front end: the facts ArchUnit can show without data flow, which are the Azure
 * Functions bindings and Spring Cloud Azure listeners. A trigger parameter, or a listener
 * method's payload parameter, is a receive site binding its type; an output binding
 * ({@code OutputBinding<T>} parameter, or the return value of an annotated function) is a send of
 * {@code T}. Payload types are classified from their class files, as the source front end does.
 * SDK sends are read with data flow ({@link BytecodeSdkCalls}): which payload reaches which client.
 */
final class BytecodeFacts {

    private static final String MESSAGE = "io.msglint.annotations.Message";
    private static final String EVENT = "io.msglint.annotations.Event";
    private static final String SUPPRESS = "io.msglint.annotations.SuppressMsglint";

    private final PayloadClassifier classifier;

    BytecodeFacts(ConfiguredKinds kinds) {
        this.classifier = new PayloadClassifier(kinds);
    }

    /**
     * The facts of a whole import, and which class each site is in: senders and receivers of one
     * channel are judged together, as the source front end judges them.
     *
     * @param owners the class and method each site's location is in ({@code com.acme.Orders#place})
     */
    record Imported(Facts facts, Map<SourceLocation, String> owners) {

        /** The class a finding's site is in. */
        String classOf(SourceLocation location) {
            String owner = owners.getOrDefault(location, "");
            int hash = owner.indexOf('#');
            return hash < 0 ? owner : owner.substring(0, hash);
        }
    }

    Imported ofImport(Collection<JavaClass> classes, Tiers tiers) {
        Map<String, JavaClass> byName = new HashMap<>();
        for (JavaClass type : classes) {
            byName.put(type.getName().replace('$', '.'), type);
        }
        List<SendSite> sends = new ArrayList<>();
        List<ReceiveSite> receives = new ArrayList<>();
        Map<SourceLocation, String> owners = new HashMap<>();
        for (JavaClass type : classes) {
            Facts own = of(type);
            for (JavaMethod method : type.getMethods()) {
                owners.putIfAbsent(location(type, method.getSourceCodeLocation().getLineNumber()),
                        type.getName() + "#" + method.getName());
            }
            own.sends().forEach(s -> owners.putIfAbsent(s.location(), type.getName()));
            own.receives().forEach(r -> owners.putIfAbsent(r.location(), type.getName()));
            sends.addAll(own.sends());
            receives.addAll(own.receives());
            String file = location(type, 1).file();
            BytecodeSdkCalls.Found found = BytecodeSdkCalls.of(type, file);
            for (BytecodeSdkCalls.Receive receive : found.receives()) {
                Set<Suppression> suppressed = new HashSet<>(suppressions(type));
                type.getMethods().stream().filter(m -> m.getName().equals(receive.method()))
                        .forEach(m -> suppressed.addAll(suppressions(m)));
                List<PayloadType> bound = new ArrayList<>();
                for (String name : receive.boundTypes()) {
                    JavaClass payload = byName.get(name);
                    bound.add(classifier.classify(payload != null ? shape(payload) : TypeShape.unknown(name)).type());
                }
                receives.add(new ReceiveSite(receive.location(), receive.channel(), receive.entity(), receive.api(), false,
                        bound, receive.mode(), receive.session(), false, suppressed, Via.SDK));
                owners.put(receive.location(), type.getName() + "#" + receive.method());
            }
            for (BytecodeSdkCalls.Send send : found.sends()) {
                Set<Suppression> suppressed = new HashSet<>(suppressions(type));
                type.getMethods().stream().filter(m -> m.getName().equals(send.method()))
                        .forEach(m -> suppressed.addAll(suppressions(m)));
                List<Payload> payloads = new ArrayList<>();
                for (String name : send.payloadTypes()) {
                    JavaClass payload = byName.get(name);
                    TypeShape shape = payload != null ? shape(payload) : TypeShape.unknown(name);
                    payloads.add(new Payload(Optional.of(classifier.classify(shape).type()), send.content()));
                }
                if (payloads.isEmpty() && !send.content().isEmpty()) {
                    payloads.add(new Payload(Optional.empty(), send.content()));
                }
                sends.add(new SendSite(send.location(), send.channel(), send.entity(), send.api(), payloads,
                        send.traits(), suppressed, List.of(), Via.SDK));
                owners.put(send.location(), type.getName() + "#" + send.method());
            }
        }
        // Bytecode shows no handler's body: only the senders' clues speak here.
        return new Imported(ChannelEvidence.decide(new Facts(sends, receives, tiers)), owners);
    }

    Facts of(JavaClass type) {
        List<SendSite> sends = new ArrayList<>();
        List<ReceiveSite> receives = new ArrayList<>();
        Set<Suppression> classSuppressions = suppressions(type);
        for (JavaMethod method : type.getMethods()) {
            Set<Suppression> suppressed = new HashSet<>(classSuppressions);
            suppressed.addAll(suppressions(method));
            SourceLocation location = location(type, method.getSourceCodeLocation().getLineNumber());
            for (JavaParameter parameter : method.getParameters()) {
                Set<Suppression> here = new HashSet<>(suppressed);
                here.addAll(suppressions(parameter));
                for (JavaAnnotation<?> annotation : parameter.getAnnotations()) {
                    String name = annotation.getRawType().getName();
                    ReceiveCatalog.trigger(name).ifPresent(binding -> receives.add(new ReceiveSite(location,
                            binding.channel(), entity(annotation, binding), "@" + binding.simpleName(), true,
                            payloadTypes(parameter.getType()), Optional.empty(), false, false, here, Via.FUNCTIONS)));
                    ReceiveCatalog.output(name).ifPresent(binding -> sends.add(send(location, binding, annotation,
                            outputType(parameter.getType()), here)));
                }
            }
            for (JavaAnnotation<?> annotation : method.getAnnotations()) {
                ReceiveCatalog.output(annotation.getRawType().getName()).ifPresent(binding ->
                        sends.add(send(location, binding, annotation, List.of(method.getReturnType()), suppressed)));
                listener(annotation).ifPresent(listener -> receives.add(new ReceiveSite(location,
                        listener.channel(subscribed(annotation, listener)), listenerEntity(annotation, listener),
                        "@" + listener.simpleName(), true, payloadParameter(method), Optional.empty(), false, false,
                        suppressed, Via.SPRING_CLOUD_AZURE)));
            }
        }
        return new Facts(sends, receives, Tiers.DEFAULT);
    }

    private SendSite send(SourceLocation location, ReceiveCatalog.Binding binding, JavaAnnotation<?> annotation,
                          List<JavaType> types, Set<Suppression> suppressions) {
        List<Payload> payloads = new ArrayList<>();
        for (JavaType type : types) {
            payloadTypes(type).forEach(p -> payloads.add(new Payload(Optional.of(p), List.of())));
        }
        return new SendSite(location, binding.channel(), entity(annotation, binding), "@" + binding.simpleName(),
                payloads, SendTraits.PLAIN, suppressions, List.of(), Via.FUNCTIONS);
    }

    private static Optional<ReceiveCatalog.Listener> listener(JavaAnnotation<?> annotation) {
        JavaClass type = annotation.getRawType();
        return ReceiveCatalog.listener(type.getSimpleName()).filter(l -> l.annotation().equals(type.getName()));
    }

    /** A Service Bus listener with a subscription (group) reads a topic. */
    private static boolean subscribed(JavaAnnotation<?> annotation, ReceiveCatalog.Listener listener) {
        return listener.subscriptionAttribute().flatMap(annotation::get).map(String::valueOf)
                .filter(v -> !v.isBlank()).isPresent();
    }

    private static Optional<String> listenerEntity(JavaAnnotation<?> annotation, ReceiveCatalog.Listener listener) {
        return annotation.get(listener.entityAttribute()).map(String::valueOf).flatMap(ReceiveCatalog.Listener::entity);
    }

    /** A listener receives its first parameter not bound to a header; {@code Message<T>} carries {@code T}. */
    private List<PayloadType> payloadParameter(JavaMethod method) {
        return method.getParameters().stream()
                .filter(p -> ReceiveCatalog.Listener.bindsPayload(p.getAnnotations().stream()
                        .map(a -> a.getRawType().getSimpleName()).toList()))
                .findFirst()
                .map(p -> payloadTypes(p.getType()))
                .orElse(List.of());
    }

    /** {@code OutputBinding<T>} sends {@code T}. */
    private static List<JavaType> outputType(JavaType type) {
        if (type instanceof JavaParameterizedType parameterized && type.toErasure().getName().equals(ReceiveCatalog.OUTPUT_BINDING)
                && parameterized.getActualTypeArguments().size() == 1) {
            return List.of(parameterized.getActualTypeArguments().get(0));
        }
        return List.of();
    }

    /** The domain types a bound or sent type carries: itself, or the elements of a list or array. */
    private List<PayloadType> payloadTypes(JavaType type) {
        JavaClass raw = type.toErasure();
        if (raw.isArray()) {
            raw = raw.getComponentType();
        } else if (type instanceof JavaParameterizedType parameterized && parameterized.getActualTypeArguments().size() == 1
                && !SdkCatalog.isDomainType(raw.getName())) {
            raw = parameterized.getActualTypeArguments().get(0).toErasure();
        }
        if (!SdkCatalog.isDomainType(raw.getName())) {
            return List.of();
        }
        return List.of(classifier.classify(shape(raw)).type());
    }

    private static TypeShape shape(JavaClass type) {
        List<KindDeclaration> hierarchy = new ArrayList<>();
        declaration(type).ifPresent(hierarchy::add);
        Optional<JavaClass> parent = type.getRawSuperclass();
        Set<String> seen = new HashSet<>();
        while (parent.isPresent() && seen.add(parent.get().getName())) {
            declaration(parent.get()).ifPresent(hierarchy::add);
            parent = parent.get().getRawSuperclass();
        }
        Set<JavaClass> interfaces = new LinkedHashSet<>(type.getAllRawInterfaces());
        for (JavaClass i : interfaces) {
            declaration(i).ifPresent(hierarchy::add);
        }
        List<TypeShape.Field> fields = type.getFields().stream()
                .filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                .map(f -> new TypeShape.Field(f.getName(), f.getRawType().getName().replace('$', '.')))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        return new TypeShape(type.getName().replace('$', '.'), hierarchy, fields, suppressions(type));
    }

    private static Optional<KindDeclaration> declaration(JavaClass type) {
        Optional<MessageTraits> message = type.tryGetAnnotationOfType(MESSAGE).map(BytecodeFacts::traits);
        Optional<EventKind> event = type.tryGetAnnotationOfType(EVENT)
                .map(a -> enumValue(a, "kind", EventKind.class).orElse(EventKind.DISCRETE));
        return message.isPresent() || event.isPresent()
                ? Optional.of(new KindDeclaration(type.getName().replace('$', '.'), message, event)) : Optional.empty();
    }

    private static MessageTraits traits(JavaAnnotation<?> a) {
        MessageTraits d = MessageTraits.DEFAULTS;
        return new MessageTraits(enumValue(a, "receivers", Receivers.class).orElse(d.receivers()),
                a.get("ordered").map(Boolean.class::cast).orElse(d.ordered()),
                a.get("transactional").map(Boolean.class::cast).orElse(d.transactional()),
                enumValue(a, "delivery", Delivery.class).orElse(d.delivery()),
                a.get("deduplicate").map(Boolean.class::cast).orElse(d.deduplicate()),
                a.get("maxSizeKb").map(Integer.class::cast).orElse(d.maxSizeKb()));
    }

    private static <E extends Enum<E>> Optional<E> enumValue(JavaAnnotation<?> a, String member, Class<E> type) {
        return a.get(member).filter(JavaEnumConstant.class::isInstance)
                .map(v -> Enum.valueOf(type, ((JavaEnumConstant) v).name()));
    }

    private static Optional<String> entity(JavaAnnotation<?> annotation, ReceiveCatalog.Binding binding) {
        return binding.entityAttribute().flatMap(annotation::get).map(String::valueOf)
                .filter(v -> !v.isEmpty() && !v.startsWith("%"));
    }

    private static Set<Suppression> suppressions(HasAnnotations<?> element) {
        Set<Suppression> suppressions = new HashSet<>();
        element.tryGetAnnotationOfType(SUPPRESS).ifPresent(a -> {
            Object value = a.get("value").orElse(new String[0]);
            String[] values = value instanceof String[] strings ? strings : new String[0];
            String reason = a.get("reason").map(String::valueOf).orElse("");
            for (String id : values.length == 0 ? new String[] {Suppression.ALL_RULES} : values) {
                suppressions.add(new Suppression(id, reason, Optional.empty()));
            }
        });
        return suppressions;
    }

    private static SourceLocation location(JavaClass type, int line) {
        String file = type.getSource().flatMap(s -> s.getFileName()).orElse(type.getSimpleName() + ".java");
        String folder = type.getPackageName().isEmpty() ? "" : type.getPackageName().replace('.', '/') + "/";
        return new SourceLocation(folder + file, Math.max(line, 1), 1);
    }
}
