package io.msglint.rules.archunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.msglint.rules.catalog.RuleCatalog;
import io.msglint.rules.catalog.RuleInfo;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ArchUnit rules configured as the command line and the plugin are, and named as the catalog names them. */
class ConfiguredRulesTest {

    private static final JavaClasses SENDERS = new ClassFileImporter().importPackages("io.msglint.rules.archunit.sdk");

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(SENDERS).getFailureReport().getDetails();
    }

    @Test
    void aConfigurationFileTurnsRulesOffAndRaisesTheirLevels(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("msglint.properties");
        Files.writeString(config, "rule.ML001.level = off\nrule.ML003.level = error\n");

        List<String> configured = violations(MsglintRules.from(config));

        assertThat(violations(MsglintRules.ALL)).anySatisfy(v -> assertThat(v).startsWith("[ML001"))
                .noneSatisfy(v -> assertThat(v).startsWith("[ML003"));
        assertThat(configured).as("ML001 off, ML003 raised to error").isNotEmpty()
                .noneSatisfy(v -> assertThat(v).startsWith("[ML001"))
                .anySatisfy(v -> assertThat(v).startsWith("[ML003 event-on-queue] error: "));
    }

    @Test
    void configuredKindsCountAsInTheSourceFrontEnd(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("msglint.properties");
        Files.writeString(config, "kind.message = io.msglint.rules.archunit.sdk.Shop.AuditEntry\n");

        assertThat(violations(MsglintRules.ALL)).as("unclassified: an info at most")
                .noneSatisfy(v -> assertThat(v).contains("AuditEntry"));
        assertThat(violations(MsglintRules.from(config))).as("configured a message: through Event Grid, an error")
                .anySatisfy(v -> assertThat(v).startsWith("[ML001").contains("AuditEntry", "configured as message"));
    }

    @Test
    void aBadConfigurationSaysWhy(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("msglint.properties");
        Files.writeString(config, "rule.ML003.level = loud\n");

        assertThatThrownBy(() -> MsglintRules.from(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule.ML003.level");
    }

    @Test
    void everyJudgeableRuleHasAConstantByItsNameAndOneByItsId() throws ReflectiveOperationException {
        List<RuleInfo> rules = RuleCatalog.standard().infos();
        assertThat(rules).isNotEmpty();
        for (RuleInfo rule : rules) {
            String name = rule.name().toUpperCase(Locale.ROOT).replace('-', '_');
            if (rule.id().equals("ML011") || rule.id().equals("ML015")) {
                assertThat(fieldNames()).as(rule.id() + " is source-only").doesNotContain(name, rule.id());
                continue;
            }
            Field byName = MsglintRules.class.getField(name);
            Field byId = MsglintRules.class.getField(rule.id());
            assertThat(byName.get(null)).isSameAs(byId.get(null));
            assertThat(((ArchRule) byName.get(null)).getDescription()).startsWith(rule.id() + " " + rule.name());
        }
    }

    private static List<String> fieldNames() {
        return java.util.Arrays.stream(MsglintRules.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers())).map(Field::getName).toList();
    }
}
