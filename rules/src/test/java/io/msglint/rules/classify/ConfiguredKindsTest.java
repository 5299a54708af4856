package io.msglint.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.rules.model.PayloadKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Class-name patterns: '**' across packages, '*' within one, '?' one character; never a runaway match. */
class ConfiguredKindsTest {

    @Test
    void starsAndQuestionMarksMatchAsDocumented() {
        assertThat(matches("com.acme.events.**", "com.acme.events.OrderPlaced")).isTrue();
        assertThat(matches("com.acme.events.**", "com.acme.events.billing.InvoicePaid")).isTrue();
        assertThat(matches("com.acme.events.**", "com.acme.commands.Pay")).isFalse();
        assertThat(matches("com.acme.*Command", "com.acme.PayCommand")).isTrue();
        assertThat(matches("com.acme.*Command", "com.acme.billing.PayCommand")).isFalse();
        assertThat(matches("com.acme.*Command", "com.acme.PayCommandHandler")).isFalse();
        assertThat(matches("com.acme.Order?", "com.acme.Order1")).isTrue();
        assertThat(matches("com.acme.Order?", "com.acme.Order")).isFalse();
        assertThat(matches("**.Order", "com.acme.Order")).isTrue();
        assertThat(matches("**Order", "Order")).isTrue();
        assertThat(matches("com.*.Order", "com..Order")).isTrue();
    }

    @Test
    void aNestedTypeMatchesWithADot() {
        ConfiguredKinds kinds = new ConfiguredKinds(List.of(ConfiguredKinds.Mapping.of("com.acme.Outer.*", PayloadKind.EVENT)));

        assertThat(kinds.match("com.acme.Outer$Inner")).isPresent();
    }

    @Test
    @Timeout(60) // a hang guard, not a speed target
    void aPatternThatMakesRegularExpressionsBacktrackStillAnswers() {
        String pattern = "**a".repeat(14) + "**b";
        String name = "a".repeat(5_000);

        assertThat(matches(pattern, name)).isFalse();
        assertThat(matches(pattern, name + "b")).isTrue();
    }

    private static boolean matches(String pattern, String name) {
        return ConfiguredKinds.Mapping.of(pattern, PayloadKind.MESSAGE).matches(name);
    }
}
