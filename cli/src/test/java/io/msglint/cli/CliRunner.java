package io.msglint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process and captures what it prints. */
final class CliRunner {

    record Run(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    static Run run(String... args) {
        return runWith(Map.of(), args);
    }

    /** @param environment what the command line sees of the environment (the CI variable) */
    static Run runWith(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(new PrintWriter(out, true), new PrintWriter(err, true), environment).run(List.of(args));
        return new Run(code, out.toString(), err.toString());
    }
}
