package io.msglint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a caller search can rule a file out by: never a file that names the type and calls the method. */
class WordsTest {

    private static final String CALLER = """
            package shop;

            class Checkout {
                private final OrderPublisher publisher = new OrderPublisher();

                void submit(Order order) {
                    publisher.publish (order);
                    orders.forEach(publisher :: announce);
                }
            }
            """;

    @Test
    void aFileThatNamesTheTypeAndCallsTheMethodMayCallIt() {
        Words words = Words.of(CALLER);

        assertThat(words.mayCall(Words.Probe.of(List.of("OrderPublisher"), List.of("publish")))).isTrue();
        assertThat(words.mayCall(Words.Probe.of(List.of("OrderPublisher"), List.of("announce")))).isTrue();
        assertThat(words.mayCall(Words.Probe.of(List.of("Unrelated", "Order"), List.of("nothing", "submit")))).isTrue();
    }

    @Test
    void aFileWithoutTheTypeOrWithoutTheCallIsRuledOut() {
        Words words = Words.of(CALLER);

        assertThat(words.mayCall(Words.Probe.of(List.of("InvoicePublisher"), List.of("publish")))).isFalse();
        assertThat(words.mayCall(Words.Probe.of(List.of("OrderPublisher"), List.of("retract")))).isFalse();
        assertThat(words.mayCall(Words.Probe.of(List.of("OrderPublisher"), List.of("publisher")))).as("a field, not called").isFalse();
        assertThat(words.mayCall(Words.Probe.of(List.of("publisher"), List.of("publish")))).as("not capitalised").isFalse();
    }

    @Test
    void namesBeyondLatin1AreAlwaysAMaybe() {
        assertThat(Words.of("class Fahrplan { void los() { Zug\u03b1.fahr(); } }")
                .mayCall(Words.Probe.of(List.of("Zug\u03b1"), List.of("fahr")))).isTrue();
        assertThat(Words.of("class Caf\u00e9 { void x() { Caf\u00e9s.servir(); } }")
                .mayCall(Words.Probe.of(List.of("Caf\u00e9s"), List.of("servir")))).isTrue();
    }
}
