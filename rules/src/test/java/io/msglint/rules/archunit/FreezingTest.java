package io.msglint.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team adopting msglint freezes today's violations with ArchUnit's {@code FreezingArchRule}: a
 * frozen violation stays accepted when unrelated code moves it, and a new one still fails.
 */
class FreezingTest {

    private static final String SENDS = """
            package freeze;

            import com.azure.core.util.BinaryData;
            import com.azure.messaging.eventgrid.EventGridEvent;
            import com.azure.messaging.eventgrid.EventGridPublisherClient;
            import io.msglint.annotations.Message;

            public class Tickets {

                @Message
                public record IssueTicket(String seat) { }

                private final EventGridPublisherClient<EventGridEvent> grid;

                public Tickets(EventGridPublisherClient<EventGridEvent> grid) {
                    this.grid = grid;
                }
            %s
                public void sell(String seat) {
                    grid.sendEvent(new EventGridEvent("t", "Issue", BinaryData.fromObject(new IssueTicket(seat)), "1"));
                }
            %s}
            """;

    private static final String MOVED_DOWN = """

                /** Unrelated code added above the frozen send. */
                public int seats(int rows, int perRow) {
                    int total = 0;
                    for (int row = 0; row < rows; row++) {
                        total += perRow;
                    }
                    return total;
                }
            """;

    private static final String NEW_MISTAKE = """

                public void resell(String seat) {
                    grid.sendEvent(new EventGridEvent("t", "Reissue", BinaryData.fromObject(new IssueTicket(seat)), "1"));
                }
            """;

    @TempDir
    Path dir;

    @AfterEach
    void resetArchUnit() {
        ArchConfiguration.get().reset();
    }

    @Test
    void aFrozenViolationStaysAcceptedWhenCodeMovesAndANewOneFails() throws IOException {
        ArchConfiguration.get().setProperty("freeze.store.default.path", dir.resolve("store").toString());
        ArchConfiguration.get().setProperty("freeze.store.default.allowStoreCreation", "true");
        ArchRule frozen = FreezingArchRule.freeze(MsglintRules.ALL);

        EvaluationResult first = frozen.evaluate(compile("v1", "", ""));
        EvaluationResult moved = frozen.evaluate(compile("v2", MOVED_DOWN, ""));
        EvaluationResult grown = frozen.evaluate(compile("v3", MOVED_DOWN, NEW_MISTAKE));

        assertThat(MsglintRules.ALL.evaluate(compile("v1b", "", "")).hasViolation()).as("the mistake is there").isTrue();
        assertThat(first.hasViolation()).as("today's violations are accepted").isFalse();
        assertThat(moved.hasViolation()).as("after unrelated code moved the send down").isFalse();
        assertThat(grown.getFailureReport().getDetails()).singleElement()
                .satisfies(v -> assertThat(v).contains("[ML001", "Tickets.resell"));
    }

    private JavaClasses compile(String version, String above, String below) throws IOException {
        Path source = Files.createDirectories(dir.resolve(version + "-src/freeze")).resolve("Tickets.java");
        Files.writeString(source, SENDS.formatted(above, below));
        Path classes = Files.createDirectories(dir.resolve(version + "-classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-classpath",
                System.getProperty("java.class.path"), source.toString()));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(new String[0])))
                .isZero();
        return new ClassFileImporter().importPath(classes);
    }
}
