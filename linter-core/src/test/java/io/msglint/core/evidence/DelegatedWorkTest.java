package io.msglint.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.inventory.Site;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.PayloadKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receiver that hands its work to a class of its own ({@code fixtures/evidence/payments}): the
 * class's file is read for what the work does, and read again when it changes, cache or not.
 */
class DelegatedWorkTest {

    @Test
    void workHandedToAnotherClassIsTheReceiversWork() {
        ScanResult result = Fixtures.scan(Fixtures.folder("evidence/payments"));

        assertThat(sent(result, "Payment").kind()).isEqualTo(PayloadKind.MESSAGE);
        assertThat(sent(result, "Payment").evidence()).as("the clue's place is in the delegate's file")
                .anySatisfy(e -> assertThat(e).startsWith("Settlement.java:").contains("sets a status"));
        assertThat(sent(result, "Chargeback").evidence()).as("a processor given another bean's method")
                .anySatisfy(e -> assertThat(e).startsWith("DisputeHandler.java:").contains("changes records"));
        assertThat(sent(result, "Refund").evidence()).as("an interface, read in its implementation")
                .anySatisfy(e -> assertThat(e).startsWith("RefundsImpl.java:").contains("changes records"));
    }

    @Test
    void aWarmRunReadsTheDelegateAgainWhenItChanges(@TempDir Path work) throws IOException {
        Path src = Files.createDirectories(work.resolve("src/fixtures/evidence/payments"));
        FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> files = Files.list(Fixtures.folder("evidence/payments"))) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(Files.copy(file, src.resolve(file.getFileName().toString())), anHourAgo);
            }
        }
        ScanRequest request = ScanRequest.of(List.of(work.resolve("src")), Fixtures.classpath()).withBaseDir(work)
                .withCache(Optional.of(work.resolve("cache")));
        assertThat(sent(new Msglint().scan(request), "Payment").kind()).isEqualTo(PayloadKind.MESSAGE);
        assertThat(sent(new Msglint().scan(request), "Payment").kind()).as("warm").isEqualTo(PayloadKind.MESSAGE);

        Path settlement = src.resolve("Settlement.java");
        Files.writeString(settlement, Files.readString(settlement)
                .replace("payment.setStatus(\"SETTLED\");", "")
                .replace("store.save(payment);", "System.out.println(payment.getId());"));
        ScanResult edited = new Msglint().scan(request);

        assertThat(sent(edited, "Payment").kind()).as("the settlement no longer works on it")
                .isEqualTo(PayloadKind.UNCLASSIFIED);
    }

    private static Site sent(ScanResult result, String simpleName) {
        List<Site> sends = result.sites().stream().filter(s -> s.direction() == Site.Direction.SEND
                && s.payload().orElse("").endsWith("." + simpleName)).toList();
        assertThat(sends).as("sends of " + simpleName).hasSize(1);
        return sends.get(0);
    }
}
