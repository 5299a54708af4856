package io.msglint.core.engine;

import io.msglint.core.Diagnostic;
import io.msglint.core.SuppressedFinding;
import io.msglint.core.extract.DeclaredSuppression;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.config.Config;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Suppressions that suppress nothing, as notes: one left behind after a fix would silently hide
 * the next real finding there (Error Prone and PMD report theirs alike). A rule turned off in the
 * configuration finds nothing to suppress, so its suppressions are not reported.
 */
public final class UnusedSuppressions {

    private UnusedSuppressions() {
    }

    public static List<Diagnostic> of(List<DeclaredSuppression> declared, List<SuppressedFinding> suppressed,
                                      RuleCatalog catalog, Config config) {
        Set<Suppression> usedAtSites = new HashSet<>();
        Set<String> usedOnTypes = new HashSet<>();
        for (SuppressedFinding finding : suppressed) {
            usedAtSites.addAll(finding.atSite());
            for (Suppression onType : finding.onPayload()) {
                usedOnTypes.add(finding.finding().payload().orElse("") + "\t" + onType.ruleId());
            }
        }
        List<Diagnostic> notes = new ArrayList<>();
        for (DeclaredSuppression d : declared) {
            Suppression suppression = d.suppression();
            if (suppression.declaredAt().isEmpty()) {
                continue;
            }
            SourceLocation at = suppression.declaredAt().get();
            String id = suppression.ruleId();
            boolean all = id.equals(Suppression.ALL_RULES);
            if (!all && catalog.info(id).isEmpty()) {
                notes.add(new Diagnostic(at.file(), "line " + at.line() + ": the suppression of '" + id
                        + "' names no msglint rule (see `msglint rules`)"));
            } else if ((all || !config.isOff(id)) && !usedAtSites.contains(suppression)
                    && (d.onType().isEmpty() || !usedOnTypes.contains(d.onType() + "\t" + id))) {
                notes.add(new Diagnostic(at.file(), "line " + at.line() + ": the suppression of "
                        + (all ? "every msglint rule" : id) + " suppresses nothing: no "
                        + (all ? "msglint" : id) + " finding is reported under it. Remove it, or it will hide the "
                        + "next one unseen"));
            }
        }
        return notes;
    }
}
