package io.msglint.core.extract;

import io.msglint.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** @SuppressMsglint and @SuppressWarnings("msglint...") silence exactly what they name, where they are: {@code fixtures/suppress} gets exactly the findings it marks. */
class SuppressionsTest {

    @Test
    void findingsMatchTheMarkers() {
        Fixtures.assertMatchesMarkers(Fixtures.folder("suppress"));
    }
}
