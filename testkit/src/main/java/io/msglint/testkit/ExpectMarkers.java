package io.msglint.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The markers of msglint's fixtures and samples. A line that must get findings ends with
 * {@code // expect:} and one or more items separated by commas, each a rule id, optionally its
 * level and a quoted fragment of its message:
 * <pre>
 * sender.sendMessage(message); // expect: ML005 warning "session id", ML015
 * </pre>
 * Every line without a marker must get no finding. The one reader of these markers, for the rule
 * tests, the command line's sample tests and the Maven builds of the samples.
 */
public final class ExpectMarkers {

    private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile(
            "\\s*(ML\\d{3})(?:\\s+(error|warning|info))?(?:\\s+\"([^\"]*)\")?\\s*(?:,|$)");

    private ExpectMarkers() {
    }

    /** The markers of every {@code .java} file under {@code folder}, named relative to {@code base}. */
    public static List<Marker> read(Path folder, Path base) {
        List<Marker> markers = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = base.relativize(file).toString().replace('\\', '/');
                markers.addAll(parse(name, Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markers;
    }

    /** The markers of one file's lines. */
    public static List<Marker> parse(String file, List<String> lines) {
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.find()) {
                continue;
            }
            String items = marker.group(1).strip();
            Matcher item = ITEM.matcher(items);
            int at = 0;
            while (at < items.length()) {
                if (!item.find(at) || item.start() != at) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": malformed marker '" + items
                            + "'; write // expect: ML005 warning \"fragment of the message\", ML015");
                }
                markers.add(new Marker(file, i + 1, item.group(1), Optional.ofNullable(item.group(2)),
                        Optional.ofNullable(item.group(3))));
                at = item.end();
            }
        }
        return markers;
    }

    /**
     * What differs between the markers and the findings: each marker needs a finding it matches,
     * each finding a marker that matches it. Empty when they agree.
     */
    public static List<String> mismatches(List<Marker> expected, List<Reported> reported) {
        List<String> problems = new ArrayList<>();
        for (Marker marker : expected) {
            if (reported.stream().noneMatch(marker::matches)) {
                problems.add("missing:    " + marker + nearest(marker, reported));
            }
        }
        for (Reported finding : reported) {
            if (expected.stream().noneMatch(m -> m.matches(finding))) {
                problems.add("unexpected: " + finding);
            }
        }
        return problems;
    }

    /** A finding of the same rule on the same line, which the marker's level or fragment rejected. */
    private static String nearest(Marker marker, List<Reported> reported) {
        return reported.stream()
                .filter(r -> r.file().equals(marker.file()) && r.line() == marker.line() && r.ruleId().equals(marker.ruleId()))
                .findFirst().map(r -> "\n            (reported as " + r.level() + ": " + r.message() + ")").orElse("");
    }
}
