package io.msglint.cli;

import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** {@code msglint rules}: the catalog, one rule a line. */
final class RulesCommand implements Command {

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public String description() {
        return "Lists the rules: id, name, default severity, what each finds.";
    }

    @Override
    public CommandSpec spec() {
        return Options.command(name(), description());
    }

    @Override
    public int run(ParseResult parsed, PrintWriter out, PrintWriter err) {
        for (RuleInfo rule : RuleCatalog.standard().infos()) {
            out.printf("%-6s %-34s %-8s %s%n", rule.id(), rule.name(), rule.defaultSeverity().reportName(), rule.summary());
        }
        return 0;
    }
}
