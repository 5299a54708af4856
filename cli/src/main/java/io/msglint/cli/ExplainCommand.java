package io.msglint.cli;

import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

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
    public CommandSpec spec() {
        CommandSpec spec = Options.command(name(), description());
        spec.addPositional(Options.positionals("RULE", "1", new RuleIds(), "A rule id, such as ML001."));
        return spec;
    }

    /** The rule ids shell completion offers, read from the catalog only when a script is generated. */
    private static final class RuleIds implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            List<String> ids = new ArrayList<>();
            for (RuleInfo rule : RuleCatalog.standard().infos()) {
                ids.add(rule.id());
            }
            return ids.iterator();
        }
    }

    @Override
    public int run(ParseResult parsed, PrintWriter out, PrintWriter err) throws IOException {
        String ruleId = parsed.matchedPositionalValue(0, "");
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
