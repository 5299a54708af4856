package io.msglint.cli;

import picocli.CommandLine;

/** {@code java -jar msglint.jar}: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MsglintCommand.commandLine().execute(args));
    }
}
