package io.msglint.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Payloads handed to the project's own sending methods are judged where they enter: at the
 * caller, each by its own payload, through interfaces, generics, method references and lambdas,
 * several methods deep, with the path to the SDK call.
 */
class WrappersTest {

    private static final Path WRAPPERS = Fixtures.folder("wrappers");

    @Test
    void findingsMatchTheMarkersAtTheCallers() {
        Fixtures.assertMatchesMarkers(WRAPPERS);
    }

    @Test
    void theSameWithoutAClasspath() {
        ScanResult withClasspath = Fixtures.scan(WRAPPERS);
        ScanResult without = new Msglint().scan(ScanRequest.of(List.of(WRAPPERS), List.of()).withBaseDir(Fixtures.BASE));

        assertThat(without.findings()).isNotEmpty().isEqualTo(withClasspath.findings());
    }

    @Test
    void aFindingAtTheCallerCarriesThePathToTheSdkCall() {
        Finding deep = single(Fixtures.scan(WRAPPERS).findings(), "SongUpload");

        assertThat(deep.location().file()).isEqualTo("fixtures/wrappers/OrderService.java");
        assertThat(deep.path()).extracting(SourceLocation::file).containsExactly(
                "fixtures/wrappers/Checkout.java", "fixtures/wrappers/Relay.java", "fixtures/wrappers/GridGateway.java");
    }

    @Test
    void theSendingMethodsOwnSendIsListedOnlyAsTheEndOfItsCallersPaths() {
        ScanResult result = Fixtures.scan(WRAPPERS);

        assertThat(result.sites()).isNotEmpty()
                .noneSatisfy(s -> assertThat(s.location().file()).isEqualTo("fixtures/wrappers/OrderPublisher.java"))
                .anySatisfy(s -> assertThat(s.path()).extracting(SourceLocation::file)
                        .containsExactly("fixtures/wrappers/OrderPublisher.java"));
    }

    private static Finding single(List<Finding> findings, String payload) {
        List<Finding> matching = findings.stream().filter(f -> f.payload().orElse("").endsWith("." + payload)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
