package com.contoso.music;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.msglint.rules.archunit.MsglintRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * msglint's ERROR rules as the project's own ArchUnit test. In a real project it would be
 * {@code @ArchTest static final ArchRule messaging = MsglintRules.ALL;} and fail here; this variant
 * makes every mistake on purpose, so the test checks that the rule fails, and writes the rule ids it
 * failed with for the build's verify script to compare with the Maven plugin's ERROR findings.
 */
class MessagingArchitectureTest {

    private static final Pattern RULE = Pattern.compile("\\[(ML\\d{3}) ");

    @Test
    void msglintRulesFailOnTheWrongVariant() throws IOException {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("com.contoso.music");

        EvaluationResult result = MsglintRules.ALL.evaluate(classes);

        assertTrue(result.hasViolation(), "the wrong variant breaks msglint's ERROR rules");
        TreeSet<String> ids = new TreeSet<>();
        for (String violation : result.getFailureReport().getDetails()) {
            Matcher rule = RULE.matcher(violation);
            if (rule.find()) {
                ids.add(rule.group(1));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/archunit-rule-ids.txt"), String.join("\n", ids) + "\n");
    }
}
