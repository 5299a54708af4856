package io.msglint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.core.Msglint;
import io.msglint.core.ScanRequest;
import io.msglint.core.ScanResult;
import io.msglint.core.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BodyFilterTest {

    private static final String SOURCE = """
            package demo;

            import com.azure.messaging.servicebus.ServiceBusSenderClient;

            class Demo {
                private ServiceBusSenderClient sender;
                private int count = 0;
                private final Object lock = new Object() { public String toString() { return "{"; } };

                @Override
                public String toString() {
                    String s = "}{ not a brace";
                    return "Demo" + s; // }
                }

                void send(Object payload) throws Exception {
                    sender.sendMessage(toMessage(payload));
                    java.util.List.of(payload).forEach(this::remember);
                }

                private void remember(Object payload) {
                    int kept = 1;
                }

                private Object toMessage(Object payload) {
                    return payload;
                }

                void count() {
                    count = count + 1;
                }

                int unrelated(int a) {
                    /* } */ char c = '}';
                    String quoted = \"""
                        }}} text segment {{{
                        \""";
                    return a * 2;
                }

                class Inner {
                    void untouched() { int x = 1; }
                }
            }
            """;

    @Test
    void blanksOnlyBodiesThatCannotMatterAndKeepsPositions() {
        String filtered = BodyFilter.filter(SOURCE);

        assertThat(filtered).hasSameSizeAs(SOURCE);
        assertThat(filtered.lines().count()).isEqualTo(SOURCE.lines().count());
        assertThat(filtered).doesNotContain("not a brace", "return a * 2", "text segment")
                .contains("sender.sendMessage(toMessage(payload))") // mentions what msglint reads
                .contains("return payload") // called from a kept body
                .contains("int kept = 1") // referenced from a kept body
                .contains("count = count + 1") // assigns a field
                .contains("void untouched() { int x = 1; }") // nested types are never touched
                .contains("public String toString() { return \"{\"; }"); // field initializers neither
    }

    @Test
    void textWithoutTypesIsUnchanged() {
        assertThat(BodyFilter.filter("package x;")).isEqualTo("package x;");
    }

    @Test
    void skippingIrrelevantBodiesChangesNoFindingNorDiagnostic() {
        ScanRequest request = ScanRequest.of(List.of(Fixtures.ROOT, Path.of("src/test/uncompiled")),
                Fixtures.classpath()).withBaseDir(Path.of("src/test"));

        ScanResult filtered = new Msglint().scan(request);
        ScanResult full = new Msglint().scan(request.withSkipIrrelevantBodies(false));

        assertThat(filtered.findings()).isNotEmpty().isEqualTo(full.findings());
        assertThat(filtered.diagnostics()).isEqualTo(full.diagnostics());
    }

    @Test
    @Timeout(60) // a hang guard, not a speed target
    void aLongRunOfWordCharactersIsReadInOnePass() {
        String word = "a".repeat(70_000);
        String text = "class Huge {\n    int " + word + " = 1;\n    void f() { int x = " + word + "; }\n}\n";

        assertThat(BodyFilter.filter(text)).hasSameSizeAs(text);
    }

    @Test
    @Timeout(60)
    void aLongChainOfCallsKeepsEveryBodyOnTheWay() {
        int methods = 20_000;
        StringBuilder text = new StringBuilder("class Chain {\n    void m0() { client.sendMessage(m1()); }\n");
        for (int i = 1; i < methods; i++) {
            text.append("    Object m").append(i).append("() { return m").append(i + 1).append("(); }\n");
        }
        text.append("    void unrelated() { int x = 1; }\n}\n");

        String kept = BodyFilter.filter(text.toString());

        assertThat(kept).contains("Object m" + (methods - 1) + "() { return m" + methods + "(); }")
                .contains("void unrelated() {            }");
    }
}
