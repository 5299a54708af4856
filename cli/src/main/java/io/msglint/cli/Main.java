package io.msglint.cli;

import java.io.PrintWriter;
import java.util.Arrays;

/** {@code java -jar msglint.jar}: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(new Cli(out, err, System.getenv(), System.console() != null).run(Arrays.asList(args)));
    }
}
