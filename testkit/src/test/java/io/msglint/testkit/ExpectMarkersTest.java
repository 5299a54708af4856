package io.msglint.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpectMarkersTest {

    private static final List<String> LINES = List.of(
            "class A {",
            "    void a() { send(x); } // expect: ML005 warning \"session id, and more\", ML015",
            "    void b() { send(y); } //expect:ML001",
            "    void c() { send(z); }",
            "}");

    @Test
    void readsIdsLevelsAndFragments() {
        List<Marker> markers = ExpectMarkers.parse("A.java", LINES);

        assertThat(markers).containsExactly(
                new Marker("A.java", 2, "ML005", Optional.of("warning"), Optional.of("session id, and more")),
                new Marker("A.java", 2, "ML015", Optional.empty(), Optional.empty()),
                new Marker("A.java", 3, "ML001", Optional.empty(), Optional.empty()));
    }

    @Test
    void aMalformedMarkerIsAnErrorNotASilentPass() {
        assertThatThrownBy(() -> ExpectMarkers.parse("A.java", List.of("x(); // expect: ML5 warning")))
                .hasMessageContaining("A.java:1").hasMessageContaining("malformed");
        assertThatThrownBy(() -> ExpectMarkers.parse("A.java", List.of("x(); // expect: ML005 loud")))
                .hasMessageContaining("malformed");
    }

    @Test
    void agreesOnlyWhenEveryMarkerAndEveryFindingIsMatched() {
        List<Marker> markers = ExpectMarkers.parse("A.java", LINES);
        Reported ml005 = new Reported("A.java", 2, "ML005", "warning", "... without a session id, and more ...");
        Reported ml015 = new Reported("A.java", 2, "ML015", "warning", "never subscribed");
        Reported ml001 = new Reported("A.java", 3, "ML001", "error", "message on Event Grid");

        assertThat(ExpectMarkers.mismatches(markers, List.of(ml005, ml015, ml001))).isEmpty();
        assertThat(ExpectMarkers.mismatches(markers, List.of(ml005, ml015)))
                .containsExactly("missing:    A.java:3 ML001");
        assertThat(ExpectMarkers.mismatches(markers, List.of(ml005, ml015, ml001,
                new Reported("A.java", 4, "ML001", "error", "m"))))
                .containsExactly("unexpected: A.java:4 ML001 error: m");
    }

    @Test
    void aWrongLevelOrMessageIsAMismatch() {
        List<Marker> markers = ExpectMarkers.parse("A.java", LINES.subList(0, 2));
        Reported error = new Reported("A.java", 2, "ML005", "error", "without a session id, and more");
        Reported otherText = new Reported("A.java", 2, "ML005", "warning", "something else");
        Reported ml015 = new Reported("A.java", 2, "ML015", "warning", "never subscribed");

        assertThat(ExpectMarkers.mismatches(markers, List.of(error, ml015)))
                .anySatisfy(p -> assertThat(p).startsWith("missing:    A.java:2 ML005 warning").contains("reported as error"));
        assertThat(ExpectMarkers.mismatches(markers, List.of(otherText, ml015))).hasSize(2);
    }
}
