package io.msglint.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Diagnostic;
import io.msglint.core.ScanResult;
import io.msglint.core.SuppressedFinding;
import io.msglint.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * @SuppressMsglint and @SuppressWarnings("msglint...") silence exactly what they name, where they
 * are: {@code fixtures/suppress} gets exactly the findings it marks. What they silence is still
 * reported as suppressed, with the reason the code gives; a suppression that silences nothing is
 * a note.
 */
class SuppressionsTest {

    private static final Path SUPPRESS = Fixtures.folder("suppress");
    private static final String FILE = "fixtures/suppress/Suppressed.java";

    @Test
    void findingsMatchTheMarkers() {
        Fixtures.assertMatchesMarkers(SUPPRESS);
    }

    @Test
    void suppressedFindingsAreReportedWithTheirReasons() throws IOException {
        List<SuppressedFinding> suppressed = Fixtures.scan(SUPPRESS).suppressed();
        int local = lineOf("client.sendEvent(event);");
        int field = lineOf("legacyQueue.sendMessage");

        assertThat(suppressed).isNotEmpty().allSatisfy(s -> assertThat(s.finding().location().file()).isEqualTo(FILE));
        assertThat(suppressed).filteredOn(s -> s.finding().location().line() == local)
                .singleElement().satisfies(s -> assertThat(s.justification()).isEqualTo("legacy channel, moving in Q3"));
        assertThat(suppressed).filteredOn(s -> s.finding().location().line() == field)
                .singleElement().satisfies(s -> assertThat(s.justification())
                        .startsWith("suppressed in the code without a reason (" + FILE + ":"));
    }

    @Test
    void aSuppressionThatSuppressesNothingIsANote() throws IOException {
        List<Diagnostic> notes = notesOn(Fixtures.scan(SUPPRESS));

        assertThat(notes).filteredOn(d -> d.message().contains("suppresses nothing")).extracting(Diagnostic::message)
                .containsExactlyInAnyOrder(
                        "line " + (lineOf("void leftBehindAfterAFix") - 1) + ": the suppression of ML003 suppresses nothing:"
                                + " no ML003 finding is reported under it. Remove it, or it will hide the next one unseen",
                        "line " + (lineOf("void otherRuleStillFires") - 1) + ": the suppression of ML002 suppresses nothing:"
                                + " no ML002 finding is reported under it. Remove it, or it will hide the next one unseen");
        assertThat(notes).filteredOn(d -> d.message().contains("names no msglint rule")).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("line " + (lineOf("void unknownRule") - 1) + ":")
                        .contains("'ML999'"));
    }

    @Test
    void aRuleTurnedOffLeavesItsSuppressionsAlone() throws Exception {
        Path config = Files.createTempFile("msglint", ".properties");
        Files.writeString(config, "rule.ML003.level = off\nrule.ML002.level = off\n");
        ScanResult result = new io.msglint.core.Msglint().scan(Fixtures.request(SUPPRESS)
                .withConfig(io.msglint.rules.config.ConfigLoader.load(config)));

        assertThat(notesOn(result)).as("the unknown id is still named").isNotEmpty()
                .noneSatisfy(d -> assertThat(d.message()).contains("suppression of ML003"))
                .noneSatisfy(d -> assertThat(d.message()).contains("suppression of ML002"));
    }

    private static List<Diagnostic> notesOn(ScanResult result) {
        return result.diagnostics().stream().filter(d -> d.file().equals(FILE)).toList();
    }

    private static int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(SUPPRESS.resolve("Suppressed.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }
}
