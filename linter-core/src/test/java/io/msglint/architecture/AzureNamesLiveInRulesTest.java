package io.msglint.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.azure.SdkCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Knowledge of Azure lives once, in {@code rules/azure}: the source front end spells no Azure
 * package, class or method name, and asks the catalogs instead.
 */
class AzureNamesLiveInRulesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final List<String> AZURE_PREFIXES = List.of("com.azure", "com.microsoft.azure");

    @Test
    void theSourceFrontEndSpellsNoAzureName() throws IOException {
        Set<String> names = new TreeSet<>(SdkCatalog.names());
        names.addAll(ReceiveCatalog.names());
        assertThat(names).as("the catalogs' names").contains("sendMessage", "ServiceBusSenderClient", "EventGridTrigger");

        // A single lowercase word ("send", "receive") is English as much as an SDK method: the report
        // contract uses them too. Every other name is the catalogs' alone.
        names.removeIf(name -> name.matches("[a-z]+"));
        List<String> spelled = new ArrayList<>();
        for (Literal literal : literals()) {
            boolean azurePackage = AZURE_PREFIXES.stream().anyMatch(literal.text()::contains);
            if (azurePackage || names.contains(literal.text())) {
                spelled.add(literal.where() + ": \"" + literal.text() + "\"");
            }
        }
        assertThat(spelled).as("Azure names spelled outside rules/azure").isEmpty();
    }

    @Test
    void theCheckSeesTheLiteralsItLooksFor() throws IOException {
        assertThat(literals()).as("string literals of linter-core's main sources")
                .anySatisfy(l -> assertThat(l.text()).isEqualTo("msglint-cache.bin"));
    }

    private record Literal(String where, String text) {
    }

    private static List<Literal> literals() throws IOException {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        List<Literal> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                var unit = parser.parse(file).getResult().orElseThrow();
                unit.findAll(StringLiteralExpr.class).forEach(s -> literals.add(new Literal(
                        MAIN.relativize(file) + ":" + s.getBegin().map(p -> p.line).orElse(0), s.asString())));
                unit.findAll(TextBlockLiteralExpr.class).forEach(s -> literals.add(new Literal(
                        MAIN.relativize(file) + ":" + s.getBegin().map(p -> p.line).orElse(0), s.asString())));
            }
        }
        return literals;
    }
}
