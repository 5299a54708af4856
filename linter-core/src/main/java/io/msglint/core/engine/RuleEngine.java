package io.msglint.core.engine;

import io.msglint.core.config.Config;
import io.msglint.core.resolve.SourceAnnotations;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the catalog over the facts, then applies suppressions and the configured levels, and
 * sorts the findings as the report contract says.
 */
public final class RuleEngine {

    private final RuleCatalog catalog;
    private final Config config;

    public RuleEngine(RuleCatalog catalog, Config config) {
        this.catalog = catalog;
        this.config = config;
    }

    public List<Finding> run(Facts facts) {
        Map<SourceLocation, Set<String>> siteSuppressions = new HashMap<>();
        Map<String, Set<String>> typeSuppressions = new HashMap<>();
        for (ReceiveSite site : facts.receives()) {
            siteSuppressions.computeIfAbsent(site.location(), l -> new HashSet<>()).addAll(site.suppressions());
            site.boundTypes().forEach(t -> typeSuppressions.put(t.name(), t.shape().suppressions()));
        }
        for (SendSite site : facts.sends()) {
            siteSuppressions.computeIfAbsent(site.location(), l -> new HashSet<>()).addAll(site.suppressions());
            for (Payload payload : site.payloads()) {
                payload.type().ifPresent(t -> typeSuppressions.put(t.name(), t.shape().suppressions()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : catalog.rules()) {
            String id = rule.info().id();
            if (config.isOff(id)) {
                continue;
            }
            rule.check(facts)
                    .filter(f -> !suppressed(f, siteSuppressions.getOrDefault(f.location(), Set.of()))
                            && !suppressed(f, f.payload().map(p -> typeSuppressions.getOrDefault(p, Set.of())).orElse(Set.of())))
                    .map(f -> withConfiguredLevel(f, rule.info().defaultSeverity()))
                    .forEach(findings::add);
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static boolean suppressed(Finding finding, Set<String> ids) {
        return ids.contains(SourceAnnotations.ALL_RULES) || ids.contains(finding.ruleId());
    }

    /**
     * The configured level replaces the default; a finding the rule itself put below its default
     * stays at most there, and one resting on inference never goes above WARNING.
     */
    private Finding withConfiguredLevel(Finding finding, Severity ruleDefault) {
        Severity configured = config.level(finding.ruleId()).orElse(null);
        if (configured == null) {
            return finding;
        }
        Severity level = finding.severity() == ruleDefault ? configured : finding.severity().capAt(configured);
        if (level.compareTo(finding.severity()) < 0 && finding.severity() != ruleDefault) {
            level = finding.severity();
        }
        if (finding.restsOnInference()) {
            level = level.capAt(Severity.WARNING);
        }
        return finding.withSeverity(level);
    }
}
