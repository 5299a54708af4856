package io.msglint.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.msglint.rules.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ArchUnit rules judge Functions bindings from bytecode, with the source front end's rules. */
class MsglintRulesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("io.msglint.rules.archunit.fixtures");
    private static final JavaClasses NO_MESSAGING = new ClassFileImporter().importClasses(String.class, List.class);

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(FIXTURES).getFailureReport().getDetails();
    }

    @Test
    void messageOnEventGridOutput() {
        assertThat(violations(MsglintRules.ML001)).singleElement().satisfies(v -> assertThat(v)
                .startsWith("[ML001 message-on-event-channel] error: ").contains("SongUpload", "(Functions.java:"));
    }

    @Test
    void eventReturnedToAQueueUnlessSuppressed() {
        assertThat(violations(MsglintRules.ML003)).singleElement()
                .satisfies(v -> assertThat(v).contains("SongAvailable", "Storage queue 'new-songs'"));
    }

    @Test
    void fanOutAndOrderingOnQueues() {
        assertThat(violations(MsglintRules.ML004)).singleElement().satisfies(v -> assertThat(v).contains("RoyaltyStatement"));
        assertThat(violations(MsglintRules.ML005)).singleElement()
                .satisfies(v -> assertThat(v).contains("PlaylistEdit", "error"));
    }

    @Test
    void handlersBindingTheWrongKind() {
        assertThat(violations(MsglintRules.ML012)).satisfiesExactlyInAnyOrder(
                v -> assertThat(v).contains("@EventGridTrigger", "DeleteAccount"),
                v -> assertThat(v).contains("@EventHubsListener", "DeleteAccount"));
    }

    @Test
    void theImportIsJudgedWholeSoAReceiverIsHeldBackBehindItsSenderInAnotherClass() {
        JavaClasses listenersAlone = new ClassFileImporter().importClasses(
                io.msglint.rules.archunit.fixtures.Listeners.class, io.msglint.rules.archunit.fixtures.Payloads.class,
                io.msglint.rules.archunit.fixtures.Payloads.SongAvailable.class,
                io.msglint.rules.archunit.fixtures.Payloads.DeleteAccount.class,
                io.msglint.rules.archunit.fixtures.Payloads.SongUpload.class);

        assertThat(MsglintRules.ML012.evaluate(listenersAlone).getFailureReport().getDetails())
                .as("without the sender, the listener's own mismatch")
                .anySatisfy(v -> assertThat(v).contains("@ServiceBusListener", "SongAvailable", "'announcements'"));
        assertThat(violations(MsglintRules.ML012)).as("with the sender's ML003 reported in Functions")
                .noneSatisfy(v -> assertThat(v).contains("SongAvailable"));
    }

    @Test
    void allFailsOnErrorsOnly() {
        List<String> all = violations(MsglintRules.ALL);

        List<String> errors = violations(MsglintRules.atLeast(Severity.INFO)).stream()
                .filter(v -> v.contains("] error: ")).toList();
        assertThat(all).isNotEmpty().containsExactlyInAnyOrderElementsOf(errors).noneMatch(v -> v.contains("[ML003"));
        assertThat(MsglintRules.atLeast(Severity.WARNING).evaluate(FIXTURES).getFailureReport().getDetails())
                .anyMatch(v -> v.contains("[ML003"));
    }

    @Test
    void codeWithoutMessagingPasses() {
        assertThat(MsglintRules.atLeast(Severity.INFO).evaluate(NO_MESSAGING).hasViolation()).isFalse();
    }
}
