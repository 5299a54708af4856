package io.msglint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SourceReaderTest {

    @Test
    void thePackageIsTheFirstTokenAfterCommentsAndAnnotations() {
        assertThat(SourceReader.packageOf("package com.acme;\nclass A {}")).contains("com.acme");
        assertThat(SourceReader.packageOf("// header\n/* licence ( */\n  package  com . acme.billing ;")).contains("com.acme.billing");
        assertThat(SourceReader.packageOf("@Deprecated @Annotated(value = \")\") package com.acme;")).contains("com.acme");
        assertThat(SourceReader.packageOf("import java.util.List;\nclass A { String package1; }")).isEmpty();
        assertThat(SourceReader.packageOf("class A {}\n// package com.acme;")).isEmpty();
        assertThat(SourceReader.packageOf("packagecom.acme;")).isEmpty();
        assertThat(SourceReader.packageOf("package com.acme")).isEmpty();
    }

    @Test
    @Timeout(60) // a hang guard, not a speed target
    void manyBlankLinesAreReadInOnePass() {
        String text = "\n".repeat(200_000) + "class A {}";

        assertThat(SourceReader.packageOf(text)).isEmpty();
        assertThat(SourceReader.packageOf(" \t\n".repeat(200_000) + "package a.b;")).contains("a.b");
    }

    @Test
    void aByteOrderMarkIsDroppedAndInvalidUtf8IsReadAsLatin1WithANote() {
        List<String> notes = new ArrayList<>();
        byte[] bom = "\uFEFFpackage a;".getBytes(StandardCharsets.UTF_8);

        assertThat(SourceReader.decode(bom, notes::add).packageName()).contains("a");
        assertThat(notes).isEmpty();
        SourceReader.decode(new byte[] {'p', (byte) 0xE9, ';'}, notes::add);
        assertThat(notes).containsExactly("not valid UTF-8; read as ISO-8859-1");
    }
}
