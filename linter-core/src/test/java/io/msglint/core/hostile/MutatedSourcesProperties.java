package io.msglint.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random byte and token mutations of the wrong sample's sources never crash a scan, and never
 * change the findings of a file that does not mention a type the mutated file declares.
 */
class MutatedSourcesProperties {

    private static final Path SAMPLE = Path.of("../samples/wrong/src/main/java");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Za-z_$][\\w$]*)");

    /** One change to one file: where, what kind, and the random material it uses. */
    record Mutation(int file, int kind, int at, int length, byte[] noise) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000), Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(1, 60),
                        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(24))
                .as(Mutation::new);
    }

    @Property(tries = 40)
    void aMutatedFileNeverCrashesAScanNorChangesUnrelatedFiles(@ForAll("mutations") Mutation mutation) throws IOException {
        List<Path> sources = sources();
        Path tree = Files.createTempDirectory("msglint-mutated");
        try {
            for (Path source : sources) {
                Path copy = tree.resolve(SAMPLE.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
            ScanResult before = scan(tree);
            Path target = tree.resolve(SAMPLE.relativize(sources.get(mutation.file() % sources.size())).toString());
            byte[] original = Files.readAllBytes(target);
            byte[] mutated = mutate(original, mutation);
            Files.write(target, mutated);

            ScanResult after = scan(tree); // must not throw

            Set<String> declared = declaredTypes(original);
            declared.addAll(declaredTypes(mutated));
            String mutatedFile = tree.relativize(target).toString().replace('\\', '/');
            for (Path source : sources) {
                Path copy = tree.resolve(SAMPLE.relativize(source).toString());
                String file = tree.relativize(copy).toString().replace('\\', '/');
                String text = Files.readString(copy, StandardCharsets.ISO_8859_1); // any bytes read
                if (file.equals(mutatedFile) || declared.stream().anyMatch(text::contains)) {
                    continue;
                }
                assertThat(findingsIn(after, file)).as("%s after %s", file, mutation).isEqualTo(findingsIn(before, file));
            }
        } finally {
            delete(tree);
        }
    }

    private static byte[] mutate(byte[] original, Mutation m) {
        int at = original.length == 0 ? 0 : m.at() % original.length;
        int end = Math.min(original.length, at + m.length());
        return switch (m.kind()) {
            case 0 -> concat(Arrays.copyOfRange(original, 0, at), Arrays.copyOfRange(original, end, original.length));
            case 1 -> concat(Arrays.copyOfRange(original, 0, at), m.noise(), Arrays.copyOfRange(original, at, original.length));
            case 2 -> {
                byte[] flipped = original.clone();
                if (flipped.length > 0) {
                    flipped[at] ^= m.noise()[0] == 0 ? 1 : m.noise()[0];
                }
                yield flipped;
            }
            case 3 -> concat(Arrays.copyOfRange(original, 0, end), Arrays.copyOfRange(original, at, end),
                    Arrays.copyOfRange(original, end, original.length)); // a stretch duplicated
            default -> swapTokens(original, m);
        };
    }

    /** Two whitespace-separated tokens trade places. */
    private static byte[] swapTokens(byte[] original, Mutation m) {
        List<String> tokens = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.ISO_8859_1).split("(?<=\\s)|(?=\\s)")));
        if (tokens.size() > 2) {
            int a = m.at() % tokens.size();
            int b = (m.at() / 7 + m.length()) % tokens.size();
            String t = tokens.get(a);
            tokens.set(a, tokens.get(b));
            tokens.set(b, t);
        }
        return String.join("", tokens).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static Set<String> declaredTypes(byte[] source) {
        Set<String> names = new HashSet<>();
        Matcher m = DECLARED.matcher(new String(source, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<Finding> findingsIn(ScanResult result, String file) {
        return result.findings().stream().filter(f -> f.location().file().equals(file)).toList();
    }

    private static ScanResult scan(Path tree) {
        return new Msglint().scan(ScanRequest.of(List.of(tree), Fixtures.classpath()).withBaseDir(tree));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertThat(sources).isNotEmpty();
            return sources;
        }
    }

    private static void delete(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
