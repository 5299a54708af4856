package io.msglint.cli;

import io.msglint.core.Msglint;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code msglint} command line on picocli: picks the command, parses its arguments (with
 * {@code @file} arguments expanded), runs it. Exit codes: what the command returns,
 * {@value #CANNOT_RUN} for arguments it cannot use. Help is in colour only on a terminal, and
 * never when {@code NO_COLOR} is set.
 */
final class Cli {

    /** Exit code for bad arguments, unreadable configuration or output that cannot be written. */
    static final int CANNOT_RUN = 2;

    private static final String NAME = "msglint";
    private static final String HELP = "help";
    private static final String COMPLETION = "generate-completion";

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> environment;
    private final boolean terminal;
    private final List<Command> commands;

    /** @param environment where {@code check} reads the CI variable and help reads {@code NO_COLOR} */
    Cli(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        this(out, err, environment, false);
    }

    /** @param terminal whether standard output is a terminal, where help may be in colour */
    Cli(PrintWriter out, PrintWriter err, Map<String, String> environment, boolean terminal) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.terminal = terminal;
        this.commands = List.of(new CheckCommand(environment), new SitesCommand(), new RulesCommand(),
                new ExplainCommand());
    }

    int run(List<String> args) {
        String[] given = args.toArray(new String[0]);
        try {
            // First the outline (every command's name and description, nothing else) finds the chosen
            // command; then the full model of that command alone parses the arguments. A run builds
            // the options of one command, not of all of them.
            CommandLine outline = commandLine(Set.of());
            ParseResult parsed;
            try {
                parsed = outline.parseArgs(given);
            } catch (ParameterException e) {
                return usageError(e);
            }
            if (parsed.isVersionHelpRequested()) {
                out.println(NAME + " " + Msglint.version());
                return 0;
            }
            if (parsed.isUsageHelpRequested() || !parsed.hasSubcommand()) {
                outline.usage(out, ansi());
                return 0;
            }
            String name = parsed.subcommand().commandSpec().name();
            // A completion script needs every command with its options.
            CommandLine root = commandLine(name.equals(COMPLETION) ? commandNames() : Set.of(name));
            try {
                parsed = root.parseArgs(given);
            } catch (ParameterException e) {
                return usageError(e);
            }
            ParseResult chosen = parsed.subcommand();
            if (chosen.isUsageHelpRequested()) {
                chosen.commandSpec().commandLine().usage(out, ansi());
                return 0;
            }
            if (name.equals(HELP)) {
                return help(outline, chosen.matchedPositionalValue(0, ""));
            }
            if (name.equals(COMPLETION)) {
                out.print(AutoComplete.bash(NAME, root));
                return 0;
            }
            return command(name).run(chosen, out, err);
        } catch (IOException | RuntimeException e) {
            err.println("msglint: " + e.getMessage());
            return CANNOT_RUN;
        } catch (OutOfMemoryError e) {
            // Exit 1 would read as "findings" to a CI job: a run that could not finish says so.
            err.println("msglint: ran out of memory and could not finish; give it more with "
                    + "MSGLINT_JAVA_OPTS=-Xmx2g (or the JVM's -Xmx)");
            return CANNOT_RUN;
        } catch (Error e) {
            err.println("msglint: could not finish: " + e);
            return CANNOT_RUN;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The model of the command line, built by hand (no reflection): the commands named in
     * {@code full} with all their options, the others as an outline that accepts any arguments.
     */
    private CommandLine commandLine(Set<String> full) {
        CommandSpec root = Options.command(NAME, "Checks that Java code sends each kind of data through the Azure messaging"
                + " service that fits it: messages through queues, events through Event Grid or Event Hubs.");
        root.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        List<String> names = new ArrayList<>();
        for (Command command : commands) {
            root.addSubcommand(command.name(), full.contains(command.name()) ? command.spec()
                    : outline(command.name(), command.description()));
            names.add(command.name());
        }
        CommandSpec help = Options.command(HELP, "Display help information about the specified command.").helpCommand(true);
        help.addPositional(Options.positionals("COMMAND", "0..1", names, "The command to explain."));
        root.addSubcommand(HELP, help);
        root.addSubcommand(COMPLETION, Options.command(COMPLETION, "Prints a bash and zsh completion script for msglint:"
                + " source <(msglint " + COMPLETION + ") (in zsh after autoload -U +X bashcompinit && bashcompinit)."));
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOverwrittenOptionsAllowed(true); // given twice, the last value counts
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi()));
        return commandLine;
    }

    /** A command's name and description, taking any arguments: enough to tell which command was chosen. */
    private static CommandSpec outline(String name, String description) {
        CommandSpec spec = Options.command(name, description);
        spec.parser().unmatchedArgumentsAllowed(true);
        return spec;
    }

    private int help(CommandLine outline, String about) {
        if (about.isEmpty()) {
            outline.usage(out, ansi());
            return 0;
        }
        CommandLine command = commandLine(Set.of(about)).getSubcommands().get(about);
        if (command == null) {
            err.println("msglint: unknown command '" + about + "'");
            err.println("Run 'msglint --help' for the commands.");
            return CANNOT_RUN;
        }
        command.usage(out, ansi());
        return 0;
    }

    /** Says what is wrong with the arguments, suggests what may have been meant, and points to the usage. */
    private int usageError(ParameterException e) {
        CommandLine where = e.getCommandLine();
        if (where.getParent() == null && e instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && !unmatched.getUnmatched().isEmpty()) {
            err.println("msglint: unknown command '" + unmatched.getUnmatched().get(0) + "'");
        } else {
            err.println("msglint: " + e.getMessage());
        }
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + where.getCommandSpec().qualifiedName() + " --help' for its usage.");
        return CANNOT_RUN;
    }

    private Set<String> commandNames() {
        Set<String> names = new HashSet<>();
        for (Command command : commands) {
            names.add(command.name());
        }
        return names;
    }

    private Command command(String name) {
        for (Command command : commands) {
            if (command.name().equals(name)) {
                return command;
            }
        }
        throw new IllegalStateException("no command " + name);
    }

    /** Colour on a terminal only, and never when NO_COLOR is set (no-color.org) or the terminal is dumb. */
    private Ansi ansi() {
        boolean noColor = !environment.getOrDefault("NO_COLOR", "").isEmpty()
                || "dumb".equals(environment.get("TERM"));
        return terminal && !noColor ? Ansi.ON : Ansi.OFF;
    }
}
