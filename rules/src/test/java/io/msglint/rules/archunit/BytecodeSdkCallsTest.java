package io.msglint.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SDK sends judged from bytecode: the payload that flows into each call, through
 * {@code BinaryData.fromObject}, message and event constructors and locals, and the entity of a
 * client built in the class's constructor or field initialiser.
 */
class BytecodeSdkCallsTest {

    private static final JavaClasses SENDERS = new ClassFileImporter().importPackages("io.msglint.rules.archunit.sdk");

    private static int lineOf(String text) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(
                    java.nio.file.Path.of("src/test/java/io/msglint/rules/archunit/sdk/Senders.java"));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(text);
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(SENDERS).getFailureReport().getDetails();
    }

    @Test
    void aCommandInACloudEventThroughEventGrid() {
        assertThat(violations(MsglintRules.ML001)).filteredOn(v -> v.contains("Senders.charge ")).singleElement()
                .satisfies(v -> assertThat(v)
                .startsWith("[ML001 message-on-event-channel] error: ").contains("ChargeCard")
                .endsWith("in io.msglint.rules.archunit.sdk.Senders.charge (Senders.java:" + lineOf("grid.sendEvent(new CloudEvent") + ")"));
    }

    @Test
    void eachPayloadOfAMethodGoesToItsOwnClient() {
        assertThat(violations(MsglintRules.ML004)).singleElement()
                .satisfies(v -> assertThat(v).contains("StatementReady", "'billing'"));
        assertThat(violations(MsglintRules.ML003)).singleElement()
                .satisfies(v -> assertThat(v).contains("PriceChanged", "'billing'").doesNotContain("'prices'"));
    }

    @Test
    void aTransactionalMessageOnAStorageQueue() {
        assertThat(violations(MsglintRules.ML006)).singleElement()
                .satisfies(v -> assertThat(v).contains("TransferFunds", "Storage queue 'transfers'"));
    }

    @Test
    void classesImportedFromAJarAreReadToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target/test-classes");
        java.nio.file.Path jar = dir.resolve("senders.jar");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar));
             var files = java.nio.file.Files.walk(classes.resolve("io/msglint/rules/archunit/sdk"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(java.nio.file.Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        JavaClasses fromJar;
        try (var file = new java.util.jar.JarFile(jar.toFile())) {
            fromJar = new ClassFileImporter().importJar(file);
        }

        assertThat(MsglintRules.ML001.evaluate(fromJar).getFailureReport().getDetails())
                .isEqualTo(violations(MsglintRules.ML001)).isNotEmpty();
    }

    @Test
    void aPayloadHandedToAPrivateHelperAndOneBuiltWithMessageBuilder() {
        assertThat(violations(MsglintRules.ML001)).anySatisfy(v -> assertThat(v).contains("ChargeCard", "Senders.publishToGrid"))
                .anySatisfy(v -> assertThat(v).contains("ChargeCard", "Event Hubs 'charges'", "Senders.chargeThroughAHub"));
    }

    @Test
    void aProcessorsReceiveModeAndTheTypeItsHandlerReads() {
        assertThat(violations(MsglintRules.DELIVERY_GUARANTEE_MISMATCH)).singleElement()
                .satisfies(v -> assertThat(v).contains("ChargeCard", "RECEIVE_AND_DELETE", "Senders.chargeProcessor"));
    }

    @Test
    void anEventHubsProcessorReadingACommandSentNowhereElse() {
        assertThat(violations(MsglintRules.HANDLER_KIND_MISMATCH)).singleElement()
                .satisfies(v -> assertThat(v).contains("Event Hubs processor", "TransferFunds", "'transfers'",
                        "Senders.transfersFromAHub"));
    }

    @Test
    void payloadsMadeInAStreamsLambda() {
        assertThat(violations(MsglintRules.SERIES_WITHOUT_PARTITION_KEY)).singleElement()
                .satisfies(v -> assertThat(v).contains("ShelfReading", "Senders.readings"));
    }

    @Test
    void allFailsOnTheErrorsTheSourceFrontEndReports() {
        assertThat(violations(MsglintRules.ALL).stream().map(v -> v.substring(1, 6)).distinct().toList())
                .containsExactlyInAnyOrder("ML001", "ML004", "ML006", "ML012");
    }
}
