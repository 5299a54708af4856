package io.msglint.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text search for the files that may call the project's sending methods. */
class CallerQueryTest {

    private static final CallerQuery PUBLISH = CallerQuery.of(List.of(new MethodRef("com.acme.OrderPublisher",
            List.of("com.acme.Publisher"), "publish", 1))).orElseThrow();

    @Test
    void aCallOrAMethodReferenceWithTheTypeNamed() {
        assertThat(PUBLISH.mentionedIn("private final OrderPublisher p; void a() { p.publish(order); }")).isTrue();
        assertThat(PUBLISH.mentionedIn("Publisher p; void a() { items.forEach(p::publish); }")).isTrue();
        assertThat(PUBLISH.mentionedIn("Publisher p; Object a() { return publish (order); }")).isTrue();
    }

    @Test
    void nearMissesADeclarationAnotherNameOrNoTypeNamed() {
        assertThat(PUBLISH.mentionedIn("class OrderPublisher { public void publish(Object o) { } }")).isFalse();
        assertThat(PUBLISH.mentionedIn("Publisher p; List<String> publish(Object o) { return null; }")).isFalse();
        assertThat(PUBLISH.mentionedIn("Publisher p; void a() { p.publishAll(order); p.republish(x); }")).isFalse();
        assertThat(PUBLISH.mentionedIn("void a() { kafka.publish(order); }")).as("no sending type named").isFalse();
    }

    @Test
    void theIdIsStableAndChangesWithTheMethods() {
        CallerQuery again = CallerQuery.of(List.of(new MethodRef("com.acme.OrderPublisher", List.of("com.acme.Publisher"),
                "publish", 1))).orElseThrow();
        CallerQuery other = CallerQuery.of(List.of(new MethodRef("com.acme.OrderPublisher", List.of(), "send", 1)))
                .orElseThrow();

        assertThat(again.id()).isEqualTo(PUBLISH.id());
        assertThat(other.id()).isNotEqualTo(PUBLISH.id());
        assertThat(CallerQuery.of(List.of())).isEmpty();
    }
}
