package io.msglint.rules.archunit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.SuppressionIndex;
import io.msglint.rules.classify.ConfiguredKinds;
import io.msglint.rules.config.Config;
import io.msglint.rules.config.ConfigException;
import io.msglint.rules.config.ConfigLoader;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * msglint's rules for ArchUnit tests, judged from bytecode: Azure Functions bindings, Spring
 * Cloud Azure listeners, and SDK sends with the payload that flows into each call (followed with
 * ASM's frame analysis, {@code org.ow2.asm:asm-analysis} on the test classpath). The import is
 * judged as a whole, so a receiver's finding is held back behind its sender's as in the source
 * front end. Every rule passes on code without Azure messaging.
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "com.contoso")
 * class MessagingTest {
 *     &#64;ArchTest static final ArchRule messaging = MsglintRules.ALL;
 * }
 * </pre>
 *
 * <p>A violation reads {@code [ML001 message-on-event-channel] error: <the finding, with its
 * payload, channel and fix> in com.contoso.Uploads.publish (Uploads.java:22)}: ArchUnit's
 * {@code FreezingArchRule} ignores the line, so a frozen violation stays accepted when code moves.
 */
public final class MsglintRules {

    /** Rules that need facts bytecode does not show (hand-written polling loops, how an async result is handled). */
    private static final List<String> SOURCE_ONLY = List.of("ML011", "ML015");

    public static final ArchRule MESSAGE_ON_EVENT_CHANNEL = rule("ML001");
    public static final ArchRule CONTENT_IN_EVENT = rule("ML002");
    public static final ArchRule EVENT_ON_QUEUE = rule("ML003");
    public static final ArchRule FAN_OUT_ON_QUEUE = rule("ML004");
    public static final ArchRule ORDERING_WITHOUT_FIFO = rule("ML005");
    public static final ArchRule TRANSACTION_UNSUPPORTED = rule("ML006");
    public static final ArchRule DELIVERY_GUARANTEE_MISMATCH = rule("ML007");
    public static final ArchRule PAYLOAD_TOO_LARGE = rule("ML008");
    public static final ArchRule STREAM_ON_EVENT_GRID = rule("ML009");
    public static final ArchRule DISCRETE_EVENT_ON_EVENT_HUBS = rule("ML010");
    public static final ArchRule HANDLER_KIND_MISMATCH = rule("ML012");
    public static final ArchRule UNCLASSIFIED_PAYLOAD = rule("ML013");
    public static final ArchRule DUPLICATE_DETECTION_UNSUPPORTED = rule("ML014");
    public static final ArchRule SERIES_WITHOUT_PARTITION_KEY = rule("ML016");

    public static final ArchRule ML001 = MESSAGE_ON_EVENT_CHANNEL;
    public static final ArchRule ML002 = CONTENT_IN_EVENT;
    public static final ArchRule ML003 = EVENT_ON_QUEUE;
    public static final ArchRule ML004 = FAN_OUT_ON_QUEUE;
    public static final ArchRule ML005 = ORDERING_WITHOUT_FIFO;
    public static final ArchRule ML006 = TRANSACTION_UNSUPPORTED;
    public static final ArchRule ML007 = DELIVERY_GUARANTEE_MISMATCH;
    public static final ArchRule ML008 = PAYLOAD_TOO_LARGE;
    public static final ArchRule ML009 = STREAM_ON_EVENT_GRID;
    public static final ArchRule ML010 = DISCRETE_EVENT_ON_EVENT_HUBS;
    public static final ArchRule ML012 = HANDLER_KIND_MISMATCH;
    public static final ArchRule ML013 = UNCLASSIFIED_PAYLOAD;
    public static final ArchRule ML014 = DUPLICATE_DETECTION_UNSUPPORTED;
    public static final ArchRule ML016 = SERIES_WITHOUT_PARTITION_KEY;

    /** Every rule whose default is ERROR, failing on ERROR findings. */
    public static final ArchRule ALL = atLeast(Severity.ERROR);

    private MsglintRules() {
    }

    /** All judgeable rules, failing on findings at or above the level. */
    public static ArchRule atLeast(Severity threshold) {
        return from(Config.DEFAULT, threshold);
    }

    /** All judgeable rules with payload kinds configured for generated or third-party types. */
    public static ArchRule from(ConfiguredKinds kinds, Severity threshold) {
        return from(new Config(Map.of(), kinds, Config.DEFAULT.tiers()), threshold);
    }

    /**
     * The rules as a {@code msglint.properties} file configures them for the command line and the
     * Maven plugin (kinds, tiers, rule levels, rules turned off), failing on ERROR findings.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds a bad value
     */
    public static ArchRule from(Path configFile) {
        try {
            return from(ConfigLoader.load(configFile));
        } catch (ConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The rules as a configuration says, failing on ERROR findings. */
    public static ArchRule from(Config config) {
        return from(config, Severity.ERROR);
    }

    /** The rules as a configuration says, failing on findings at or above the level. */
    public static ArchRule from(Config config, Severity threshold) {
        List<ArchRule> rules = RuleCatalog.standard().rules().stream()
                .filter(r -> !SOURCE_ONLY.contains(r.info().id()) && !config.isOff(r.info().id())
                        && config.level(r.info().id()).orElse(r.info().defaultSeverity()).isAtLeast(threshold))
                .map(r -> build(r, config, threshold))
                .toList();
        return CompositeArchRule.of(rules).as("msglint rules at or above " + threshold.reportName());
    }

    private static ArchRule rule(String id) {
        Rule rule = RuleCatalog.standard().rules().stream().filter(r -> r.info().id().equals(id)).findFirst().orElseThrow();
        return build(rule, Config.DEFAULT, Severity.INFO);
    }

    private static ArchRule build(Rule rule, Config config, Severity threshold) {
        BytecodeFacts front = new BytecodeFacts(config.kinds());
        ArchCondition<JavaClass> condition = new ArchCondition<>(rule.info().id() + " " + rule.info().name()) {

            /** This evaluation's violations, by the class they are in: the whole import judged at once. */
            private Map<String, List<String>> violations = Map.of();

            @Override
            public void init(Collection<JavaClass> all) {
                violations = judge(rule, config, front.ofImport(all, config.tiers()), threshold);
            }

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (String violation : violations.getOrDefault(type.getName(), List.of())) {
                    events.add(SimpleConditionEvent.violated(type, violation));
                }
            }
        };
        return classes().should(condition).allowEmptyShould(true)
                .as(rule.info().id() + " " + rule.info().name() + ": " + rule.info().summary());
    }

    /** A rule's violations on the import's facts, as the engine judges them, by the class each is in. */
    private static Map<String, List<String>> judge(Rule rule, Config config, BytecodeFacts.Imported imported,
                                                   Severity threshold) {
        Facts facts = imported.facts();
        SuppressionIndex suppressions = new SuppressionIndex(facts);
        List<Finding> found = rule.check(facts).stream().filter(f -> !suppressions.suppresses(f))
                .map(f -> config.levelled(f, rule.info().defaultSeverity())).toList();
        List<Finding> blocking = blockers(found, facts, suppressions, config);
        Map<String, List<String>> byClass = new HashMap<>();
        found.stream()
                .filter(f -> f.severity().isAtLeast(threshold) && !f.isHeldBackAmong(blocking))
                .sorted(Finding.ORDER)
                .forEach(f -> byClass.computeIfAbsent(imported.classOf(f.location()), c -> new ArrayList<>())
                        .add(text(rule, f, imported.owners().getOrDefault(f.location(), ""))));
        return byClass;
    }

    /**
     * {@code [ML001 message-on-event-channel] error: ... in com.acme.Orders.place (Orders.java:22)}:
     * rule, level, the finding (payload, channel, fix), where; the line in ArchUnit's own form.
     */
    private static String text(Rule rule, Finding f, String owner) {
        String file = f.location().file().substring(f.location().file().lastIndexOf('/') + 1);
        String where = owner.isEmpty() ? "" : owner.replace('#', '.') + " ";
        return "[" + f.ruleId() + " " + rule.info().name() + "] " + f.severity().reportName() + ": " + f.message()
                + " in " + where + "(" + file + ":" + f.location().line() + ")";
    }

    /** The findings of the rules that could hold these back, on the same facts, as the engine judges them. */
    private static List<Finding> blockers(List<Finding> found, Facts facts, SuppressionIndex suppressions, Config config) {
        Set<String> ids = new HashSet<>();
        found.forEach(f -> f.heldBackBy().forEach(b -> ids.add(b.ruleId())));
        return RuleCatalog.standard().rules().stream()
                .filter(r -> ids.contains(r.info().id()) && !config.isOff(r.info().id()))
                .flatMap(r -> r.check(facts).stream()).filter(f -> !suppressions.suppresses(f)).toList();
    }
}
