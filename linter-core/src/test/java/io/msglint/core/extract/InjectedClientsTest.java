package io.msglint.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.model.Channel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients built in {@code @Bean} methods and injected by constructor or field get their bean's
 * entity: by qualifier, the only bean of the type, or the bean named like the field or
 * parameter; with {@code @Value} defaults. Ambiguity leaves the entity unknown, never a guess; what
 * every candidate bean shares (all queues) still holds.
 */
class InjectedClientsTest {

    private static final Path BEANS = Fixtures.folder("beans");

    @Test
    void findingsMatchTheMarkers() {
        Fixtures.assertMatchesMarkers(BEANS);
    }

    @Test
    void theSameWithoutAClasspath() {
        ScanResult without = new Msglint().scan(ScanRequest.of(List.of(BEANS), List.of()).withBaseDir(Fixtures.BASE));

        assertThat(without.findings()).isNotEmpty().isEqualTo(Fixtures.scan(BEANS).findings());
    }

    @Test
    void ambiguityLeavesTheEntityUnknownAndAPlaceholderWithoutDefaultNamesNothing() {
        ScanResult result = Fixtures.scan(BEANS);

        assertThat(result.sites()).filteredOn(s -> s.location().file().endsWith("Ambiguous.java")).singleElement()
                .satisfies(s -> {
                    assertThat(s.channel()).isEqualTo(Channel.SERVICE_BUS);
                    assertThat(s.entity()).isEmpty();
                });
        assertThat(result.sites()).filteredOn(s -> s.location().file().endsWith("Auditor.java")).hasSize(2)
                .anySatisfy(s -> assertThat(s.entity()).contains("audit"))
                .anySatisfy(s -> assertThat(s.entity()).isEmpty());
    }

    @Test
    void beansThatAllAreQueuesMakeAQueueOfUnknownName() {
        ScanResult result = Fixtures.scan(BEANS);

        assertThat(result.sites()).filteredOn(s -> s.location().file().endsWith("QueueGateway.java")).hasSize(2)
                .allSatisfy(s -> {
                    assertThat(s.channel()).isEqualTo(Channel.SERVICE_BUS_QUEUE);
                    assertThat(s.entity()).isEmpty();
                });
    }
}
