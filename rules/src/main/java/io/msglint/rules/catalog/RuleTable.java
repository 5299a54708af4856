package io.msglint.rules.catalog;

import java.util.stream.Collectors;

/** The README's rule table, produced from the rules' metadata. */
public final class RuleTable {

    private RuleTable() {
    }

    public static String markdown(RuleCatalog catalog) {
        return "| id | name | default | what it finds |\n|---|---|---|---|\n" + catalog.infos().stream()
                .map(r -> "| [" + r.id() + "](rules/docs/" + r.id() + ".md) | " + r.name() + " | "
                        + r.defaultSeverity().reportName() + " | " + r.summary() + " |")
                .collect(Collectors.joining("\n")) + "\n";
    }
}
