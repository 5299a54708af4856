package io.msglint.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Builds the picocli models of the commands by hand: a command line that starts in milliseconds reads no annotations. */
final class Options {

    private Options() {
    }

    /** A command with {@code -h, --help} and its description, options in the order added. */
    static CommandSpec command(String name, String description, String... footer) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.usageMessage().description(description).footer(footer).sortOptions(false);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        return spec;
    }

    /** An option with one value; given twice, the last one counts. */
    static OptionSpec value(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(String.class).description(description).build();
    }

    /** An option with one value from a fixed set, which shell completion offers. */
    static OptionSpec choice(String name, String label, List<String> choices, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(String.class).completionCandidates(choices)
                .description(description).build();
    }

    /** An option given once per value, the values kept in order. */
    static OptionSpec repeated(String name, String label, List<String> choices, String description) {
        OptionSpec.Builder option = OptionSpec.builder(name).paramLabel(label).type(List.class)
                .auxiliaryTypes(String.class).description(description);
        if (!choices.isEmpty()) {
            option.completionCandidates(choices);
        }
        return option.build();
    }

    /** {@code --ci} alone means true; {@code --ci=false} says so. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).paramLabel("true|false").type(Boolean.class).arity("0..1")
                .description(description).build();
    }

    /** Positional arguments: {@code arity} says how many ("1..*", "1", "0..1"); more than one come as a list. */
    static PositionalParamSpec positionals(String label, String arity, String description) {
        return positional(label, arity, description).build();
    }

    /** Positional arguments whose values shell completion offers (read only when a completion script is made). */
    static PositionalParamSpec positionals(String label, String arity, Iterable<String> choices, String description) {
        return positional(label, arity, description).completionCandidates(choices).build();
    }

    private static PositionalParamSpec.Builder positional(String label, String arity, String description) {
        PositionalParamSpec.Builder positional = PositionalParamSpec.builder().paramLabel(label).arity(arity)
                .required(!arity.startsWith("0")).description(description);
        return arity.endsWith("*") ? positional.type(List.class).auxiliaryTypes(String.class) : positional.type(String.class);
    }
}
