package io.msglint.core.report;

import io.msglint.rules.catalog.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A rule's page (rules/docs/MLxxx.md, shipped in the jar), for reports that carry help with each rule. */
record RulePage(RuleInfo rule, String markdown) {

    static RulePage of(RuleInfo rule) {
        try (InputStream in = RuleInfo.class.getResourceAsStream("/" + rule.docResource())) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RulePage(rule, text.isBlank() ? "# " + rule.id() + " " + rule.name() + "\n\n" + rule.summary() : text);
        } catch (IOException e) {
            return new RulePage(rule, "# " + rule.id() + " " + rule.name() + "\n\n" + rule.summary());
        }
    }

    /** The page's first paragraph of prose, after its title and severity line: what the rule finds. */
    String description() {
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\n")) {
            boolean prose = !line.startsWith("#") && !line.startsWith("**") && !line.isBlank();
            if (prose) {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
            } else if (paragraph.length() > 0) {
                break;
            }
        }
        return paragraph.length() == 0 ? rule.summary() : paragraph.toString();
    }
}
