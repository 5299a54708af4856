package io.msglint.cli;

import java.io.PrintWriter;
import java.util.List;

/** The usage texts of {@code msglint} and of each command. */
final class Usage {

    private static final int NAME_COLUMN = 26;

    private Usage() {
    }

    static void print(List<Command> commands, PrintWriter out) {
        out.println("Usage: msglint [-hV] COMMAND");
        out.println("Checks that Java code sends each kind of data through the Azure messaging service that fits it: "
                + "messages through queues, events through Event Grid or Event Hubs.");
        row(out, "-h, --help", "Show this help message and exit.");
        row(out, "-V, --version", "Print version information and exit.");
        out.println("Commands:");
        for (Command command : commands) {
            row(out, command.name(), command.description());
        }
        row(out, "help", "Display help information about the specified command.");
        out.flush();
    }

    static void print(Command command, PrintWriter out) {
        Command.Positionals positionals = command.positionals();
        out.println("Usage: msglint " + command.name() + " [-h]" + (command.options().isEmpty() ? "" : " [OPTIONS]")
                + (positionals.max() == 0 ? "" : " " + positionals.synopsis()));
        out.println(command.description());
        if (positionals.max() > 0) {
            row(out, positionals.synopsis(), positionals.description());
        }
        row(out, "-h, --help", "Show this help message and exit.");
        for (OptionSpec option : command.options()) {
            row(out, option.synopsis(), option.description());
        }
        command.footer().forEach(out::println);
        out.flush();
    }

    private static void row(PrintWriter out, String name, String description) {
        String indented = "  " + name;
        if (indented.length() + 2 > NAME_COLUMN) {
            out.println(indented);
            indented = "";
        }
        out.println(indented + " ".repeat(NAME_COLUMN - indented.length()) + description);
    }
}
