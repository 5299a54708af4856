package io.msglint.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A command's arguments parsed against its options: {@code --name value} or {@code --name=value},
 * {@code -h}/{@code --help}, {@code --} before positional arguments that start with a dash.
 */
final class Arguments {

    private final Map<String, List<String>> values;
    private final List<String> positionals;
    private final boolean help;

    private Arguments(Map<String, List<String>> values, List<String> positionals, boolean help) {
        this.values = values;
        this.positionals = positionals;
        this.help = help;
    }

    static Arguments parse(List<String> args, List<OptionSpec> options) throws UsageException {
        Map<String, OptionSpec> byName = new HashMap<>();
        options.forEach(o -> byName.put(o.name(), o));
        Map<String, List<String>> values = new HashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
                continue;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            Optional<String> inline = equals < 0 ? Optional.empty() : Optional.of(arg.substring(equals + 1));
            OptionSpec option = byName.get(name);
            if (option == null) {
                throw new UsageException("unknown option '" + name + "'");
            }
            String value;
            if (option.kind() == OptionSpec.Kind.FLAG) {
                value = inline.isEmpty() ? "true" : flagValue(inline.get());
                if (value == null) {
                    throw new UsageException("option '" + name + "' takes true or false, not '" + inline.get() + "'");
                }
            } else if (inline.isPresent()) {
                value = inline.get();
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("option '" + name + "' needs a value (" + option.label() + ")");
            }
            List<String> given = values.computeIfAbsent(name, n -> new ArrayList<>());
            if (option.kind() != OptionSpec.Kind.REPEATED) {
                given.clear();
            }
            given.add(value);
        }
        return new Arguments(values, positionals, help);
    }

    /** "true" or "false", in any case; null for anything else. */
    private static String flagValue(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("false") ? lower : null;
    }

    boolean help() {
        return help;
    }

    List<String> positionals() {
        return positionals;
    }

    /** The option's value, the last one if given several times. */
    Optional<String> value(String name) {
        List<String> given = values.getOrDefault(name, List.of());
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /** Every value of a repeated option, in the order given. */
    List<String> values(String name) {
        return List.copyOf(values.getOrDefault(name, List.of()));
    }

    /** A flag's value, or the default when it was not given. */
    boolean flag(String name, boolean absent) {
        return value(name).map(Boolean::parseBoolean).orElse(absent);
    }

    /** A whole number of at least 1, or the default when the option was not given. */
    int positiveInt(String name, int absent) throws UsageException {
        Optional<String> text = value(name);
        if (text.isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.get().trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("option '" + name + "' takes a whole number of at least 1, not '" + text.get() + "'");
    }
}
