package io.msglint.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.msglint.core.testing.Fixtures;
import io.msglint.rules.archunit.MsglintRules;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two front ends on the same fixtures, compiled and as source: whatever the bytecode front end
 * reports, the source front end reports too, with the same rule at the same method. (The source
 * front end sees more: sends through the project's methods, injected clients, configuration.)
 */
class FrontEndsAgreeTest {

    private static final Pattern VIOLATION = Pattern.compile("^\\[(ML\\d{3}) .* in ([\\w.$]+)\\.(\\w+|<init>) \\(");

    @Test
    void everyBytecodeFindingIsTheSourceFrontEndsToo() {
        JavaClasses compiled = new ClassFileImporter().importPackages("fixtures");
        ScanResult source = Fixtures.scan(Fixtures.ROOT);
        Set<String> bySource = new HashSet<>();
        for (Finding f : source.findings()) {
            bySource.add(f.ruleId() + " " + source.anchorOf(f).member().replace('$', '.'));
        }
        for (var s : source.suppressed()) {
            bySource.add(s.finding().ruleId() + " " + source.anchorOf(s.finding()).member().replace('$', '.'));
        }
        // Held back behind a send the bytecode front end may not see (one through a wrapper): still the source's verdict.
        for (Finding f : source.heldBack()) {
            bySource.add(f.ruleId() + " " + source.anchorOf(f).member().replace('$', '.'));
        }

        Set<String> byBytecode = new TreeSet<>();
        Set<String> overruled = new TreeSet<>();
        List<String> violations = MsglintRules.atLeast(Severity.INFO).evaluate(compiled).getFailureReport().getDetails();
        for (String violation : violations) {
            Matcher m = VIOLATION.matcher(violation);
            if (m.find()) {
                String finding = m.group(1) + " " + m.group(2).replace('$', '.') + "#" + m.group(3);
                // Bytecode reads no handler: a kind it guessed from a name alone, or could not tell, the
                // source front end may decide from what the receivers do (fixtures/evidence).
                boolean guessed = violation.contains("inferred from its name") || m.group(1).equals("ML013");
                if (!bySource.contains(finding) && guessed && overruledBySource(source, m.group(2))) {
                    overruled.add(finding);
                } else {
                    byBytecode.add(finding);
                }
            }
        }

        assertThat(byBytecode).as("bytecode findings, by rule and method").isNotEmpty();
        assertThat(byBytecode).as("each also a source finding").allSatisfy(b -> assertThat(bySource).contains(b));
        assertThat(overruled).as("name guesses the source front end overrules with evidence")
                .allSatisfy(o -> assertThat(o).contains("fixtures.evidence."));
    }

    /** Whether the source front end inferred a kind in the class's file (there, from more than a name). */
    private static boolean overruledBySource(ScanResult source, String className) {
        String file = className.replace('.', '/') + ".java";
        return source.sites().stream().anyMatch(site -> site.location().file().endsWith(file)
                && site.kindSource() == KindSource.INFERRED);
    }
}
