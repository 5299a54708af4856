package io.msglint.core.extract;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Spring Cloud Azure templates and listeners are read as senders and receivers: {@code fixtures/spring} gets exactly the findings it marks. */
class SpringCloudAzureTest {

    @Test
    void findingsMatchTheMarkers() {
        Fixtures.assertMatchesMarkers(Fixtures.folder("spring"));
    }
}
