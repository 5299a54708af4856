package io.msglint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "msglint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks that Java code sends each kind of data through the Azure messaging service that fits it: "
                + "messages through queues, events through Event Grid or Event Hubs.",
        subcommands = {CheckCommand.class, RulesCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class MsglintCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit code for bad arguments, unreadable configuration or output that cannot be written. */
    static final int CANNOT_RUN = 2;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MsglintCommand());
        commandLine.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("msglint: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return CANNOT_RUN;
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("msglint: " + ex.getMessage());
            return CANNOT_RUN;
        });
        return commandLine;
    }
}
