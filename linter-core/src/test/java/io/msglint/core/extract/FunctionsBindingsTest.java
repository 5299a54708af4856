package io.msglint.core.extract;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Azure Functions trigger and output bindings are read as receivers and senders: {@code fixtures/functions} gets exactly the findings it marks. */
class FunctionsBindingsTest {

    @Test
    void findingsMatchTheMarkers() {
        Fixtures.assertMatchesMarkers(Fixtures.folder("functions"));
    }
}
