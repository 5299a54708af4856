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
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Severity;
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
 */
public final class MsglintRules {

    /** Rules that need facts bytecode does not show (hand-written loops, async result handling). */
    private static final List<String> SOURCE_ONLY = List.of("ML011", "ML015");

    public static final ArchRule ML001 = rule("ML001");
    public static final ArchRule ML002 = rule("ML002");
    public static final ArchRule ML003 = rule("ML003");
    public static final ArchRule ML004 = rule("ML004");
    public static final ArchRule ML005 = rule("ML005");
    public static final ArchRule ML006 = rule("ML006");
    public static final ArchRule ML007 = rule("ML007");
    public static final ArchRule ML008 = rule("ML008");
    public static final ArchRule ML009 = rule("ML009");
    public static final ArchRule ML010 = rule("ML010");
    public static final ArchRule ML012 = rule("ML012");
    public static final ArchRule ML013 = rule("ML013");
    public static final ArchRule ML014 = rule("ML014");
    public static final ArchRule ML016 = rule("ML016");

    /** Every rule whose default is ERROR, failing on ERROR findings. */
    public static final ArchRule ALL = atLeast(Severity.ERROR);

    private MsglintRules() {
    }

    /** All judgeable rules, failing on findings at or above the level. */
    public static ArchRule atLeast(Severity threshold) {
        return from(ConfiguredKinds.NONE, threshold);
    }

    /** All judgeable rules with payload kinds configured for generated or third-party types. */
    public static ArchRule from(ConfiguredKinds kinds, Severity threshold) {
        List<ArchRule> rules = RuleCatalog.standard().rules().stream()
                .filter(r -> !SOURCE_ONLY.contains(r.info().id()) && r.info().defaultSeverity().isAtLeast(threshold))
                .map(r -> build(r, kinds, threshold))
                .toList();
        return CompositeArchRule.of(rules).as("msglint rules at or above " + threshold.reportName());
    }

    private static ArchRule rule(String id) {
        Rule rule = RuleCatalog.standard().rules().stream().filter(r -> r.info().id().equals(id)).findFirst().orElseThrow();
        return build(rule, ConfiguredKinds.NONE, Severity.INFO);
    }

    private static ArchRule build(Rule rule, ConfiguredKinds kinds, Severity threshold) {
        BytecodeFacts front = new BytecodeFacts(kinds);
        ArchCondition<JavaClass> condition = new ArchCondition<>(rule.info().id() + " " + rule.info().name()) {

            /** This evaluation's findings, by the class they are in: the whole import judged at once. */
            private Map<String, List<Finding>> findings = Map.of();

            @Override
            public void init(Collection<JavaClass> all) {
                findings = judge(rule, front.ofImport(all), threshold);
            }

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Finding f : findings.getOrDefault(type.getName(), List.of())) {
                    events.add(SimpleConditionEvent.violated(type, f.location() + ": " + f.severity().reportName()
                            + " [" + f.ruleId() + " " + rule.info().name() + "] " + f.message()));
                }
            }
        };
        return classes().should(condition).allowEmptyShould(true)
                .as(rule.info().id() + " " + rule.info().name() + ": " + rule.info().summary());
    }

    /** A rule's findings on the import's facts, as the engine judges them, by the class each is in. */
    private static Map<String, List<Finding>> judge(Rule rule, BytecodeFacts.Imported imported, Severity threshold) {
        Facts facts = imported.facts();
        SuppressionIndex suppressions = new SuppressionIndex(facts);
        List<Finding> found = rule.check(facts).stream().filter(f -> !suppressions.suppresses(f)).toList();
        List<Finding> blocking = blockers(found, facts, suppressions);
        Map<String, List<Finding>> byClass = new HashMap<>();
        found.stream()
                .filter(f -> f.severity().isAtLeast(threshold) && !f.isHeldBackAmong(blocking))
                .sorted(Finding.ORDER)
                .forEach(f -> byClass.computeIfAbsent(imported.owners().getOrDefault(f.location(), ""),
                        c -> new ArrayList<>()).add(f));
        return byClass;
    }

    /** The findings of the rules that could hold these back, on the same facts, as the engine judges them. */
    private static List<Finding> blockers(List<Finding> found, Facts facts, SuppressionIndex suppressions) {
        Set<String> ids = new HashSet<>();
        found.forEach(f -> f.heldBackBy().forEach(b -> ids.add(b.ruleId())));
        return RuleCatalog.standard().rules().stream().filter(r -> ids.contains(r.info().id()))
                .flatMap(r -> r.check(facts).stream()).filter(f -> !suppressions.suppresses(f)).toList();
    }
}
