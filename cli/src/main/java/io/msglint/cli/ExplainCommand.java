package io.msglint.cli;

import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code msglint explain ML001}: prints the rule's page, shipped in the jar. */
final class ExplainCommand implements Command {

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String description() {
        return "Prints a rule's page: why, bad and good examples, how to suppress.";
    }

    @Override
    public Positionals positionals() {
        return new Positionals("RULE", 1, 1, "A rule id, such as ML001.");
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException {
        String ruleId = arguments.positionals().get(0);
        Optional<RuleInfo> rule = RuleCatalog.standard().info(ruleId);
        if (rule.isEmpty()) {
            err.println("msglint: unknown rule '" + ruleId + "'; `msglint rules` lists them");
            return Cli.CANNOT_RUN;
        }
        try (InputStream page = RuleInfo.class.getResourceAsStream("/" + rule.get().docResource())) {
            if (page == null) {
                err.println("msglint: no page for " + rule.get().id());
                return Cli.CANNOT_RUN;
            }
            out.print(new String(page.readAllBytes(), StandardCharsets.UTF_8));
        }
        return 0;
    }
}
