package io.msglint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** A subcommand of {@code msglint}: its picocli model, built without reflection, and running it. */
interface Command {

    String name();

    /** One line, for the list of commands. */
    String description();

    /** What it accepts and its help, built by hand: no annotation is read at run time. */
    CommandSpec spec();

    /** @return the exit code */
    int run(ParseResult parsed, PrintWriter out, PrintWriter err) throws IOException;
}
