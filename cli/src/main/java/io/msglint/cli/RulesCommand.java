package io.msglint.cli;

import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code msglint rules}: the catalog, one rule a line. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rules: id, name, default severity, what each finds.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (RuleInfo rule : RuleCatalog.standard().infos()) {
            spec.commandLine().getOut().printf("%-6s %-34s %-8s %s%n", rule.id(), rule.name(),
                    rule.defaultSeverity().reportName(), rule.summary());
        }
        return 0;
    }
}
