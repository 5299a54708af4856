package io.msglint.cli;

import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code msglint explain ML001}: prints the rule's page, shipped in the jar. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Prints a rule's page: why, bad and good examples, how to suppress.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, such as ML001.")
    String ruleId;

    @Override
    public Integer call() throws IOException {
        Optional<RuleInfo> rule = RuleCatalog.standard().info(ruleId);
        if (rule.isEmpty()) {
            spec.commandLine().getErr().println("msglint: unknown rule '" + ruleId + "'; `msglint rules` lists them");
            return MsglintCommand.CANNOT_RUN;
        }
        try (InputStream page = RuleInfo.class.getResourceAsStream("/" + rule.get().docResource())) {
            if (page == null) {
                spec.commandLine().getErr().println("msglint: no page for " + rule.get().id());
                return MsglintCommand.CANNOT_RUN;
            }
            spec.commandLine().getOut().print(new String(page.readAllBytes(), StandardCharsets.UTF_8));
        }
        return 0;
    }
}
