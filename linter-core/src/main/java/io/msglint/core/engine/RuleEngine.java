package io.msglint.core.engine;

import io.msglint.core.SuppressedFinding;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.catalog.SuppressionIndex;
import io.msglint.rules.config.Config;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the catalog over the facts, then applies suppressions and the configured levels, holds
 * back the findings another one makes redundant, and sorts them as the report contract says.
 */
public final class RuleEngine {

    private final RuleCatalog catalog;
    private final Config config;

    public RuleEngine(RuleCatalog catalog, Config config) {
        this.catalog = catalog;
        this.config = config;
    }

    public Verdicts run(Facts facts) {
        SuppressionIndex suppressions = new SuppressionIndex(facts);
        List<Finding> findings = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Rule rule : catalog.rules()) {
            RuleInfo info = rule.info();
            if (config.isOff(info.id())) {
                continue;
            }
            for (Finding finding : rule.check(facts)) {
                Finding levelled = config.levelled(finding, info.defaultSeverity());
                SuppressionIndex.Match match = suppressions.match(finding);
                if (match.isEmpty()) {
                    findings.add(levelled);
                } else {
                    suppressed.add(new SuppressedFinding(levelled, match.atSite(), match.onPayload()));
                }
            }
        }
        List<Finding> standing = new ArrayList<>();
        List<Finding> heldBack = new ArrayList<>();
        for (Finding finding : findings) {
            (finding.isHeldBackAmong(findings) ? heldBack : standing).add(finding);
        }
        standing.sort(Finding.ORDER);
        heldBack.sort(Finding.ORDER);
        if (!suppressed.isEmpty()) {
            suppressed.sort(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
        }
        return new Verdicts(standing, suppressed, heldBack);
    }
}
