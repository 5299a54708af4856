package io.msglint.core.spring;

import io.msglint.core.Diagnostic;
import io.msglint.core.extract.Bindings;
import io.msglint.core.extract.RawReceive;
import io.msglint.core.extract.RawSend;
import io.msglint.rules.azure.SpringFrameworks;
import io.msglint.rules.azure.SpringFrameworks.Binder;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.Via;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spring Cloud Stream and JMS sites given their Azure channel from their module's configuration
 * ({@link SpringModules}), as the frameworks themselves would:
 * <ul>
 * <li>a functional bean is a site only when Stream binds it: named in
 *     {@code spring.cloud.function.definition}, or the module's only functional bean;</li>
 * <li>a binding's binder is the one it names, else the default binder, else the only binder
 *     declared as a default candidate, else the only Azure binder the module depends on; several
 *     and none chosen leave the channel UNKNOWN; another broker's binder drops the site;</li>
 * <li>Service Bus: a producer's queue or topic is its {@code entity-type}; a consumer with a
 *     {@code group} reads a topic subscription, one without a queue;</li>
 * <li>the entity is the binding's {@code destination}, else the binding name (Stream's default);
 *     a placeholder without a value here leaves it absent;</li>
 * <li>JMS is Service Bus only where the module configures {@code spring.jms.servicebus}; a
 *     listener reads a queue unless it uses the starter's topic factory or a subscription; a send
 *     goes to a topic under {@code spring.jms.pub-sub-domain}, else to what a listener of the same
 *     destination reads, else to Service Bus, queue or topic not known.</li>
 * </ul>
 */
public final class SpringBindings implements Bindings {

    private final SpringModules modules;

    public SpringBindings(SpringModules modules) {
        this.modules = modules;
    }

    @Override
    public Bound bind(List<RawSend> sends, List<RawReceive> receives) {
        Map<Path, Set<String>> functionBeans = functionBeans(sends, receives);
        Map<String, Channel> listened = new HashMap<>();
        List<RawReceive> boundReceives = new ArrayList<>();
        for (RawReceive receive : receives) {
            Optional<RawReceive> bound = switch (receive.via()) {
                case SPRING_CLOUD_STREAM -> stream(receive, functionBeans).map(b -> withChannel(receive, b));
                case JMS -> jmsListener(receive);
                default -> Optional.of(receive);
            };
            bound.ifPresent(boundReceives::add);
            if (bound.isPresent() && receive.via() == Via.JMS && bound.get().entity().isPresent()) {
                listened.put(bound.get().entity().get(), bound.get().channel());
            }
        }
        List<RawSend> boundSends = new ArrayList<>();
        for (RawSend send : sends) {
            Optional<RawSend> bound = switch (send.via()) {
                case SPRING_CLOUD_STREAM -> stream(send, functionBeans).map(b -> withChannel(send, b));
                case JMS -> jmsSend(send, listened);
                default -> Optional.of(send);
            };
            bound.ifPresent(boundSends::add);
        }
        return new Bound(boundSends, boundReceives, modules.problems());
    }

    /**
     * Where a binding leads.
     *
     * @param partitioned whether the configuration gives its sends a partition key
     */
    private record Target(Channel channel, Optional<String> entity, boolean partitioned) {

        Target(Channel channel, Optional<String> entity) {
            this(channel, entity, false);
        }
    }

    private static RawSend withChannel(RawSend send, Target target) {
        SendTraits traits = send.traits();
        if (target.partitioned() && !traits.partitioned()) {
            traits = new SendTraits(traits.sessionId(), traits.messageId(), traits.transaction(), true, traits.loop(),
                    traits.handling(), traits.items(), traits.provableBytes(), traits.base64());
        }
        return new RawSend(send.location(), target.channel(), target.entity(), send.api(), send.payloadTypes(),
                send.content(), traits, send.suppressions(), send.via(), send.forward(), send.injection());
    }

    private static RawReceive withChannel(RawReceive receive, Target target) {
        return receive.on(target.channel(), target.entity());
    }

    private Optional<Target> stream(RawSend send, Map<Path, Set<String>> functionBeans) {
        return stream(send.location().file(), send.api(), send.entity(), false, functionBeans);
    }

    private Optional<Target> stream(RawReceive receive, Map<Path, Set<String>> functionBeans) {
        return stream(receive.location().file(), receive.api(), receive.entity(), true, functionBeans);
    }

    /**
     * A binding's target, or nothing when it is not an Azure site: not bound, or bound through
     * another broker's binder, or in a module that uses no Azure binder.
     */
    private Optional<Target> stream(String file, String api, Optional<String> binding, boolean input,
                                    Map<Path, Set<String>> functionBeans) {
        SpringModules.Module module = modules.of(file);
        if (module.azureBinders().isEmpty() && !module.config().has(SpringFrameworks.BINDERS)) {
            return Optional.empty();
        }
        if (binding.isEmpty()) {
            return unnamed(module);
        }
        String name = binding.get();
        if (isFunctionBean(api) && !bound(module, beanOf(name), functionBeans.getOrDefault(module.root(), Set.of()))) {
            return Optional.empty();
        }
        SpringConfig config = module.config();
        String prefix = SpringFrameworks.BINDINGS + "." + name;
        Optional<Optional<Binder>> binder = binder(module, config.get(prefix + ".binder"));
        if (binder.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> entity = config.has(prefix + ".destination") ? config.get(prefix + ".destination") : binding;
        boolean partitioned = config.has(prefix + SpringFrameworks.PARTITION_KEY_EXPRESSION)
                || config.has(prefix + SpringFrameworks.PARTITION_KEY_EXTRACTOR);
        if (binder.get().isEmpty()) {
            return Optional.of(new Target(Channel.UNKNOWN, entity, partitioned));
        }
        Binder chosen = binder.get().get();
        Channel channel = chosen.channel();
        if (chosen == Binder.SERVICE_BUS) {
            // A group names the subscription, even where its value is a placeholder msglint cannot resolve.
            channel = input ? (config.has(prefix + ".group") ? Channel.SERVICE_BUS_TOPIC : Channel.SERVICE_BUS_QUEUE)
                    : config.get(SpringFrameworks.BINDER_BINDINGS.formatted(chosen.type(), name, "producer"))
                            .or(() -> config.get(SpringFrameworks.SERVICE_BUS_DEFAULT_ENTITY_TYPE))
                            .flatMap(SpringFrameworks::entityType).orElse(Channel.SERVICE_BUS);
        }
        return Optional.of(new Target(channel, entity, partitioned));
    }

    /**
     * A {@code StreamBridge.send} whose binding the code computes: it goes through the default
     * binder, its destination and queue or topic unknown.
     */
    private static Optional<Target> unnamed(SpringModules.Module module) {
        Optional<Optional<Binder>> binder = binder(module, Optional.empty());
        return binder.map(b -> new Target(b.map(Binder::channel).orElse(Channel.UNKNOWN), Optional.empty()));
    }

    /**
     * The binder of a binding: empty when it is another broker's (no Azure site); an empty binder
     * when it is Azure's but which one is not known.
     */
    private static Optional<Optional<Binder>> binder(SpringModules.Module module, Optional<String> named) {
        SpringConfig config = module.config();
        Optional<String> chosen = named.or(() -> config.get(SpringFrameworks.DEFAULT_BINDER))
                .or(() -> onlyDefaultCandidate(config));
        if (chosen.isPresent()) {
            String declared = SpringFrameworks.BINDERS + "." + chosen.get();
            Optional<String> type = config.get(declared + ".type");
            Optional<Binder> azure = Binder.ofType(type.orElse(chosen.get()));
            if (azure.isPresent()) {
                return Optional.of(azure);
            }
            // A declared binder without a type: Azure's, which one unknown, in a module with Azure binders.
            return config.has(declared) && type.isEmpty() && !module.azureBinders().isEmpty()
                    ? Optional.of(Optional.empty()) : Optional.empty();
        }
        Set<Binder> present = module.azureBinders();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(present.size() == 1 ? Optional.of(present.iterator().next()) : Optional.empty());
    }

    /** The binder declared under {@code spring.cloud.stream.binders}: the only one, or the only default candidate. */
    private static Optional<String> onlyDefaultCandidate(SpringConfig config) {
        Set<String> declared = config.children(SpringFrameworks.BINDERS);
        if (declared.size() == 1) {
            return Optional.of(declared.iterator().next());
        }
        List<String> candidates = new ArrayList<>();
        for (String name : declared) {
            if (config.get(SpringFrameworks.BINDERS + "." + name + ".default-candidate").map(Boolean::parseBoolean)
                    .orElse(true)) {
                candidates.add(name);
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** Whether Stream binds the bean: named in the function definition, or the module's only functional bean. */
    private static boolean bound(SpringModules.Module module, String bean, Set<String> beansOfModule) {
        Optional<String> definition = module.config().get(SpringFrameworks.FUNCTION_DEFINITION)
                .or(() -> module.config().get(SpringFrameworks.LEGACY_FUNCTION_DEFINITION));
        if (definition.isEmpty()) {
            return beansOfModule.size() == 1 && beansOfModule.contains(bean);
        }
        for (String entry : definition.get().split(";")) {
            if (entry.strip().equals(bean)) {
                return true;
            }
        }
        return false;
    }

    private Map<Path, Set<String>> functionBeans(List<RawSend> sends, List<RawReceive> receives) {
        Map<Path, Set<String>> beans = new HashMap<>();
        for (RawSend send : sends) {
            if (send.via() == Via.SPRING_CLOUD_STREAM && isFunctionBean(send.api()) && send.entity().isPresent()) {
                beans.computeIfAbsent(modules.of(send.location().file()).root(), r -> new HashSet<>())
                        .add(beanOf(send.entity().get()));
            }
        }
        for (RawReceive receive : receives) {
            if (receive.via() == Via.SPRING_CLOUD_STREAM && isFunctionBean(receive.api()) && receive.entity().isPresent()) {
                beans.computeIfAbsent(modules.of(receive.location().file()).root(), r -> new HashSet<>())
                        .add(beanOf(receive.entity().get()));
            }
        }
        return beans;
    }

    private static boolean isFunctionBean(String api) {
        return api.startsWith("@Bean ");
    }

    /** {@code supply-out-0} is bean {@code supply}'s. */
    private static String beanOf(String binding) {
        for (String suffix : List.of(SpringFrameworks.INPUT_SUFFIX, SpringFrameworks.OUTPUT_SUFFIX)) {
            if (binding.endsWith(suffix)) {
                return binding.substring(0, binding.length() - suffix.length());
            }
        }
        return binding;
    }

    private Optional<RawReceive> jmsListener(RawReceive receive) {
        SpringModules.Module module = modules.of(receive.location().file());
        if (!module.jmsOnServiceBus()) {
            return Optional.empty();
        }
        Channel channel = receive.channel() == Channel.SERVICE_BUS_TOPIC ? Channel.SERVICE_BUS_TOPIC : Channel.SERVICE_BUS_QUEUE;
        return Optional.of(withChannel(receive, new Target(channel, destination(module, receive.entity()))));
    }

    private Optional<RawSend> jmsSend(RawSend send, Map<String, Channel> listened) {
        SpringModules.Module module = modules.of(send.location().file());
        if (!module.jmsOnServiceBus()) {
            return Optional.empty();
        }
        Optional<String> entity = destination(module, send.entity());
        Channel channel = module.config().get(SpringFrameworks.JMS_PUB_SUB_DOMAIN).map(Boolean::parseBoolean).orElse(false)
                ? Channel.SERVICE_BUS_TOPIC
                : entity.map(listened::get).orElse(Channel.SERVICE_BUS);
        return Optional.of(withChannel(send, new Target(channel, entity)));
    }

    /** A destination as written, placeholders resolved; a SpEL expression is not known. */
    private static Optional<String> destination(SpringModules.Module module, Optional<String> written) {
        return written.filter(w -> !w.startsWith("#{")).flatMap(w -> module.config().resolve(w));
    }
}
