package io.msglint.cli;

/**
 * An option a command accepts.
 *
 * @param name        with its dashes: {@code --fail-on}
 * @param label       what its value is called in the usage: {@code LEVEL}; empty for a flag
 * @param description one line for the usage
 * @param kind        how it takes values
 */
record OptionSpec(String name, String label, String description, Kind kind) {

    enum Kind {
        /** One value; given twice, the last one counts. */
        VALUE,
        /** One value per occurrence, kept in order. */
        REPEATED,
        /** {@code --ci} alone means true; {@code --ci=false} says so. */
        FLAG
    }

    static OptionSpec value(String name, String label, String description) {
        return new OptionSpec(name, label, description, Kind.VALUE);
    }

    static OptionSpec repeated(String name, String label, String description) {
        return new OptionSpec(name, label, description, Kind.REPEATED);
    }

    static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, "", description, Kind.FLAG);
    }

    /** How the usage shows it: {@code --fail-on=LEVEL}, {@code --ci[=true|false]}. */
    String synopsis() {
        return switch (kind) {
            case FLAG -> name + "[=true|false]";
            case VALUE, REPEATED -> name + "=" + label;
        };
    }
}
