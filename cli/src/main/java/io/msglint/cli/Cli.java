package io.msglint.cli;

import io.msglint.core.Msglint;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code msglint} command line: picks the command, parses its arguments, runs it. Exit codes:
 * what the command returns, {@value #CANNOT_RUN} for arguments it cannot use.
 */
final class Cli {

    /** Exit code for bad arguments, unreadable configuration or output that cannot be written. */
    static final int CANNOT_RUN = 2;

    private final PrintWriter out;
    private final PrintWriter err;
    private final List<Command> commands;

    /** @param environment where {@code check} reads the CI variable */
    Cli(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.commands = List.of(new CheckCommand(environment), new RulesCommand(), new ExplainCommand());
    }

    int run(List<String> rawArgs) {
        List<String> args = ArgumentFiles.expand(rawArgs);
        try {
            if (args.isEmpty() || args.get(0).equals("-h") || args.get(0).equals("--help")) {
                Usage.print(commands, out);
                return 0;
            }
            if (args.get(0).equals("-V") || args.get(0).equals("--version")) {
                out.println("msglint " + Msglint.version());
                return 0;
            }
            if (args.get(0).equals("help")) {
                return help(args.subList(1, args.size()));
            }
            Optional<Command> command = command(args.get(0));
            if (command.isEmpty()) {
                return unknownCommand(args.get(0));
            }
            return run(command.get(), args.subList(1, args.size()));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(Command command, List<String> args) {
        try {
            Arguments arguments = Arguments.parse(args, command.options());
            if (arguments.help()) {
                Usage.print(command, out);
                return 0;
            }
            Command.Positionals expected = command.positionals();
            int given = arguments.positionals().size();
            if (given < expected.min()) {
                throw new UsageException("missing " + expected.label());
            }
            if (given > expected.max()) {
                throw new UsageException("unexpected argument '" + arguments.positionals().get(expected.max()) + "'");
            }
            return command.run(arguments, out, err);
        } catch (UsageException e) {
            err.println("msglint: " + e.getMessage());
            err.println("Run 'msglint " + command.name() + " --help' for its usage.");
            return CANNOT_RUN;
        } catch (IOException | RuntimeException e) {
            err.println("msglint: " + e.getMessage());
            return CANNOT_RUN;
        }
    }

    private int help(List<String> args) {
        if (args.isEmpty()) {
            Usage.print(commands, out);
            return 0;
        }
        Optional<Command> command = command(args.get(0));
        if (command.isEmpty()) {
            return unknownCommand(args.get(0));
        }
        Usage.print(command.get(), out);
        return 0;
    }

    private int unknownCommand(String name) {
        err.println("msglint: unknown command '" + name + "'");
        err.println("Run 'msglint --help' for the commands.");
        return CANNOT_RUN;
    }

    private Optional<Command> command(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
