package io.msglint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void controlCharactersAndDirectionOverridesBecomeVisible() {
        assertThat(Printable.visible("q\u001b[31mred\u0007\nFAKE: error [ML999]"))
                .isEqualTo("q\\u001b[31mred\\u0007\\u000aFAKE: error [ML999]")
                .doesNotContain("\n");
        assertThat(Printable.visible("admin\u202Eexe.java")).isEqualTo("admin\\u202eexe.java");
        assertThat(Printable.visible("\u0085")).isEqualTo("\\u0085");
    }

    @Test
    void loneSurrogatesAreEscapedAndPairsKept() {
        assertThat(Printable.visible("q\uD800")).isEqualTo("q\\ud800");
        assertThat(Printable.visible("\uDC00q")).isEqualTo("\\udc00q");
        assertThat(Printable.visible("emoji \uD83D\uDE00 and caf\u00e9")).isEqualTo("emoji \uD83D\uDE00 and caf\u00e9");
    }

    @Test
    void ordinaryTextIsTheSameObject() {
        String text = "src/main/java/App.java:3:9";

        assertThat(Printable.visible(text)).isSameAs(text);
    }

    @Test
    void jsonEscapesLoneSurrogatesAndSarifEncodesUris() {
        assertThat(Json.string("q\uD800")).isEqualTo("\"q\\ud800\"");
        assertThat(SarifReporter.uri("src/Hash#1 %20.java")).isEqualTo("src/Hash%231%20%2520.java");
        assertThat(SarifReporter.uri("src/caf\u00e9\n.java")).isEqualTo("src/caf%C3%A9%0A.java");
        assertThat(SarifReporter.uri("c:odd/A.java")).isEqualTo("./c:odd/A.java");
    }
}
