package io.msglint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** A subcommand of {@code msglint}: what it accepts, and running it. */
interface Command {

    /** Positional arguments: how many, and what they are. */
    record Positionals(String label, int min, int max, String description) {

        static final Positionals NONE = new Positionals("", 0, 0, "");

        /** How the usage shows them: {@code PATH...}, {@code RULE}; empty when there are none. */
        String synopsis() {
            return max == 0 ? "" : label + (max > 1 ? "..." : "");
        }
    }

    String name();

    /** One line for the usage. */
    String description();

    default List<OptionSpec> options() {
        return List.of();
    }

    default Positionals positionals() {
        return Positionals.NONE;
    }

    /** Lines after the options in the usage. */
    default List<String> footer() {
        return List.of();
    }

    /** @return the exit code */
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException, UsageException;
}
