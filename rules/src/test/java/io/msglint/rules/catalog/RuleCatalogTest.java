package io.msglint.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metadata is the one source: ids are unique, every rule has its page, the README agrees. */
class RuleCatalogTest {

    private final RuleCatalog catalog = RuleCatalog.standard();

    @Test
    void idsAndNamesAreUniqueAndWellFormed() {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (RuleInfo rule : catalog.infos()) {
            assertThat(rule.id()).matches("ML\\d{3}");
            assertThat(rule.name()).matches("[a-z]+(-[a-z]+)*");
            assertThat(ids.add(rule.id())).as(rule.id()).isTrue();
            assertThat(names.add(rule.name())).as(rule.name()).isTrue();
        }
        assertThat(ids).contains("ML001", "ML002", "ML003", "ML013");
    }

    @Test
    void everyRuleShipsItsPage() throws IOException {
        for (RuleInfo rule : catalog.infos()) {
            try (InputStream page = RuleInfo.class.getResourceAsStream("/" + rule.docResource())) {
                assertThat(page).as(rule.docResource()).isNotNull();
                String text = new String(page.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).startsWith("# " + rule.id() + " " + rule.name() + "\n")
                        .contains("**Default severity:** " + rule.defaultSeverity().reportName())
                        .contains("## Why", "## Bad", "## Good", "## Suppress")
                        .contains("Sources: [").contains("](https://learn.microsoft.com/")
                        .doesNotContain("criteria.md");
            }
        }
    }

    @Test
    void readmeTableIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String table = readme.substring(readme.indexOf("<!-- rules:start -->\n") + "<!-- rules:start -->\n".length(),
                readme.indexOf("<!-- rules:end -->"));

        assertThat(table).isEqualTo(RuleTable.markdown(catalog));
    }
}
