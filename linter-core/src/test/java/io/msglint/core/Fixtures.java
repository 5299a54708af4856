package io.msglint.core;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test fixtures: Java sources under {@code src/test/java/fixtures}, compiled against the real
 * Azure SDK, whose expected findings are marked on their lines:
 * {@code // expect: ML001} or {@code // expect: ML002 warning, ML013}.
 */
final class Fixtures {

    static final Path ROOT = Path.of("src/test/java/fixtures");
    private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*(.+)$");

    private Fixtures() {
    }

    /** The test classpath: the Azure SDK jars and the compiled fixtures. */
    static List<Path> classpath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    static ScanResult scan(Path... paths) {
        ScanRequest request = ScanRequest.of(List.of(paths), classpath()).withBaseDir(ROOT.getParent());
        return new Msglint().scan(request);
    }

    /** "file:line ruleId[ level]" for every marker under the folders, sorted. */
    static List<String> expected(Path... folders) {
        TreeSet<String> expected = new TreeSet<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = EXPECT.matcher(lines.get(i));
                        if (m.find()) {
                            for (String item : m.group(1).split(",")) {
                                String[] parts = item.trim().split("\\s+");
                                String level = parts.length > 1 ? parts[1] : "";
                                expected.add(relative(file) + ":" + (i + 1) + " " + parts[0] + (level.isEmpty() ? "" : " " + level));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(expected);
    }

    /** The findings in the same form; the level is shown where the marker names one. */
    static List<String> actual(ScanResult result, List<String> expected) {
        TreeSet<String> actual = new TreeSet<>();
        result.findings().forEach(f -> {
            String plain = f.location().file() + ":" + f.location().line() + " " + f.ruleId();
            String withLevel = plain + " " + f.severity().reportName();
            actual.add(expected.contains(withLevel) ? withLevel : plain);
        });
        return new ArrayList<>(actual);
    }

    private static String relative(Path file) {
        return ROOT.getParent().relativize(file).toString().replace('\\', '/');
    }
}
