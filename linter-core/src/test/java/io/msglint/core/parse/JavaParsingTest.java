package io.msglint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.type.VarType;
import org.junit.jupiter.api.Test;

class JavaParsingTest {

    private final JavaParsing parsing = new JavaParsing(LanguageLevels.newest(), null);

    @Test
    void levelValidationIsFoundAndDropped() {
        // Fails loudly when a JavaParser upgrade renames the processor: parsing would silently get slower.
        assertThat(new ParserConfiguration().getProcessors()).filteredOn(JavaParsing::isLevelValidation).hasSize(1);
    }

    @Test
    void newestSyntaxParsesAndVarIsStillAType() {
        CompilationUnit unit = parsing.parse("""
                record R(int a) {
                    sealed interface S permits A { }
                    final class A implements S { }
                    String f(Object o) {
                        var x = switch (a) { case 1 -> "a"; default -> { yield "b"; } };
                        if (o instanceof A a2) { return x + a2; }
                        return switch (o) { case A y when y != null -> \"\"\"
                            text
                            \"\"\"; default -> x; };
                    }
                }
                """).unit().orElseThrow();

        assertThat(unit.findAll(VarType.class)).hasSize(1);
    }

    @Test
    void oldCodeUsingNewKeywordsAsNamesIsRetried() {
        JavaParsing.Outcome outcome = parsing.parse("class Old { void f() { int yield = 1; Object _ = null; } }");

        assertThat(outcome.unit()).isPresent();
    }

    @Test
    void brokenCodeSaysWhy() {
        JavaParsing.Outcome outcome = parsing.parse("class Broken { void f( { }");

        assertThat(outcome.unit()).isEmpty();
        assertThat(outcome.problem()).isNotBlank();
    }
}
