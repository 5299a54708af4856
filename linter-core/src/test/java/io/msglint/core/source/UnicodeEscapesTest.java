package io.msglint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeEscapesTest {

    @Test
    void escapesAreTranslatedAsJavacDoes() {
        assertThat(UnicodeEscapes.translate("a\\u0062c")).isEqualTo("abc");
        assertThat(UnicodeEscapes.translate("\\uuuu0041")).isEqualTo("A");
        assertThat(UnicodeEscapes.translate("// x \\u000a call();")).isEqualTo("// x \n call();");
    }

    @Test
    void anEscapedBackslashIsNoEscapeAndBadDigitsAreKept() {
        assertThat(UnicodeEscapes.translate("\"\\\\u0041\"")).isEqualTo("\"\\\\u0041\"");
        assertThat(UnicodeEscapes.translate("\\\\\\u0041")).isEqualTo("\\\\A");
        assertThat(UnicodeEscapes.translate("\\u00zz and \\u12")).isEqualTo("\\u00zz and \\u12");
    }

    @Test
    void textWithoutEscapesIsTheSameObject() {
        String text = "class A { }";

        assertThat(UnicodeEscapes.translate(text)).isSameAs(text);
    }
}
