package io.msglint.rules.config;

import io.msglint.rules.azure.ServiceLimits;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.classify.ConfiguredKinds;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.Tiers;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code msglint.properties}:
 * <pre>
 * # a rule's level: error | warning | info | off (inferred findings never go above warning)
 * rule.ML003.level = error
 * # payload kinds for types that cannot carry @Message / @Event; comma-separated patterns
 * kind.message = com.acme.commands.**, com.acme.*Command
 * kind.event   = com.acme.events.**
 * # service tiers (default standard); a Premium entity's raised message size in KB (AMQP only)
 * tier.servicebus = basic | standard | premium
 * tier.eventhubs  = basic | standard | premium | dedicated
 * servicebus.maxMessageSizeKb = 102400
 * # the largest source file read (default 10240); a larger one is skipped with a note
 * scan.maxFileSizeKb = 10240
 * # which files are checked: globs over paths from the base folder (** across folders, * within one)
 * scan.include = **&#47;src/main/java/**
 * scan.exclude = **&#47;generated/**
 * </pre>
 * Unknown keys and bad values are errors that name the key.
 */
public final class ConfigLoader {

    /** The file looked up at a project's root when none is given. */
    public static final String DEFAULT_FILE_NAME = "msglint.properties";
    /** The keys whose values are lists, which a lower file adds to. */
    private static final Set<String> LISTS = Set.of("kind.message", "kind.event", "scan.include", "scan.exclude");

    private ConfigLoader() {
    }

    public static Config load(Path file) throws ConfigException {
        Properties properties = new Properties();
        read(file, properties);
        return parse(properties, file.toString());
    }

    /**
     * The configuration a folder sees: the {@code msglint.properties} of the repository's root (the
     * nearest folder above holding {@code .git}), then those of the folders on the way down to this
     * one, each adding to or overriding what is above it. The command line and the Maven plugin
     * both look this way, so a file at the root applies to a module and to any folder in it.
     */
    public static Config loadLayered(Path folder) throws ConfigException {
        List<Path> files = new ArrayList<>();
        for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
            Path file = at.resolve(DEFAULT_FILE_NAME);
            if (Files.isRegularFile(file)) {
                files.add(0, file);
            }
            if (Files.exists(at.resolve(".git"))) {
                break; // the repository's root: nothing above it belongs to the project
            }
        }
        if (files.isEmpty()) {
            return Config.DEFAULT;
        }
        Properties properties = new Properties();
        for (Path file : files) {
            Properties layer = new Properties();
            read(file, layer);
            for (String key : layer.stringPropertyNames()) {
                String value = layer.getProperty(key);
                String above = properties.getProperty(key);
                // Lists of patterns add up; a single value below overrides the one above.
                properties.setProperty(key, above != null && LISTS.contains(key) ? above + "," + value : value);
            }
        }
        return parse(properties, String.join(" and ", files.stream().map(Path::toString).toList()));
    }

    private static void read(Path file, Properties into) throws ConfigException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            into.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration " + file + ": " + e.getMessage());
        }
    }


    static Config parse(Properties properties, String origin) throws ConfigException {
        RuleCatalog catalog = RuleCatalog.standard();
        Map<String, Optional<Severity>> levels = new LinkedHashMap<>();
        List<ConfiguredKinds.Mapping> mappings = new ArrayList<>();
        Tiers.ServiceBus serviceBus = Tiers.DEFAULT.serviceBus();
        Tiers.EventHubs eventHubs = Tiers.DEFAULT.eventHubs();
        OptionalInt maxMessageKb = OptionalInt.empty();
        int maxFileSizeKb = Config.DEFAULT_MAX_FILE_SIZE_KB;
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith("rule.") && key.endsWith(".level")) {
                String id = key.substring("rule.".length(), key.length() - ".level".length());
                if (catalog.info(id).isEmpty()) {
                    throw new ConfigException(origin + ": unknown rule '" + id + "' in key '" + key
                            + "'; run `msglint rules` for the ids");
                }
                levels.put(catalog.info(id).get().id(), parseLevel(key, value, origin));
            } else if (key.equals("kind.message") || key.equals("kind.event")) {
                PayloadKind kind = key.equals("kind.message") ? PayloadKind.MESSAGE : PayloadKind.EVENT;
                for (String pattern : value.split(",")) {
                    if (!pattern.isBlank()) {
                        mappings.add(ConfiguredKinds.Mapping.of(pattern.trim(), kind));
                    }
                }
            } else if (key.equals("tier.servicebus")) {
                serviceBus = enumValue(Tiers.ServiceBus.class, key, value, origin);
            } else if (key.equals("tier.eventhubs")) {
                eventHubs = enumValue(Tiers.EventHubs.class, key, value, origin);
            } else if (key.equals("servicebus.maxMessageSizeKb")) {
                maxMessageKb = OptionalInt.of(kilobytes(key, value, origin));
            } else if (key.equals("scan.maxFileSizeKb")) {
                maxFileSizeKb = positive(key, value, origin);
            } else if (key.equals("scan.include") || key.equals("scan.exclude")) {
                for (String glob : value.split(",")) {
                    if (!glob.isBlank()) {
                        (key.equals("scan.include") ? include : exclude).add(glob.trim());
                    }
                }
            } else {
                throw new ConfigException(origin + ": unknown key '" + key + "'; known keys are rule.<ID>.level, "
                        + "kind.message, kind.event, tier.servicebus, tier.eventhubs, servicebus.maxMessageSizeKb, "
                        + "scan.maxFileSizeKb, scan.include and scan.exclude");
            }
        }
        if (maxMessageKb.isPresent() && serviceBus != Tiers.ServiceBus.PREMIUM) {
            throw new ConfigException(origin + ": servicebus.maxMessageSizeKb needs tier.servicebus = premium; "
                    + "Basic and Standard accept " + ServiceLimits.serviceBusStandardMessage());
        }
        return new Config(levels, new ConfiguredKinds(mappings), new Tiers(serviceBus, eventHubs, maxMessageKb),
                maxFileSizeKb, new Scope(include, exclude, false));
    }

    /** A size in KB of a whole number of bytes that fits a long. */
    private static int positive(String key, String value, String origin) throws ConfigException {
        try {
            int kb = Integer.parseInt(value);
            if (kb >= 1) {
                return kb;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badValue(origin, key, value, "a size in KB from 1 to " + Integer.MAX_VALUE);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String key, String value, String origin)
            throws ConfigException {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw badValue(origin, key, value, "one of " + names);
        }
    }

    /** Premium entities accept up to 100 MB over AMQP. */
    private static int kilobytes(String key, String value, String origin) throws ConfigException {
        try {
            int kb = Integer.parseInt(value);
            if (kb >= 1 && kb <= ServiceLimits.SERVICE_BUS_PREMIUM_MAX_CONFIGURABLE_KB) {
                return kb;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badValue(origin, key, value, "a size in KB from 1 to " + ServiceLimits.SERVICE_BUS_PREMIUM_MAX_CONFIGURABLE_KB);
    }

    /** A bad value, with a hint when it looks like a comment was written after it. */
    private static ConfigException badValue(String origin, String key, String value, String expected) {
        String hint = value.contains("#") ? " (a properties file has no comments at the end of a line: "
                + "everything after '=' is the value; put the comment on a line of its own)" : "";
        return new ConfigException(origin + ": bad value '" + value + "' for '" + key + "'; use " + expected + hint);
    }

    private static Optional<Severity> parseLevel(String key, String value, String origin) throws ConfigException {
        String level = value.toLowerCase(Locale.ROOT);
        if (level.equals("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(level));
        } catch (IllegalArgumentException e) {
            throw badValue(origin, key, value, "error, warning, info or off");
        }
    }
}
