package io.msglint.maven;

import io.msglint.core.ScanResult;
import io.msglint.core.report.HtmlReporter;
import io.msglint.core.report.JsonReporter;
import io.msglint.core.report.SarifReporter;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes msglint's reports for people and dashboards ({@code target/msglint/msglint.html},
 * {@code .sarif}, {@code .json}) without ever failing the build: {@code mvn msglint:report}.
 */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class ReportMojo extends AbstractMsglintMojo {

    @Override
    public void execute() throws MojoExecutionException {
        Optional<ScanResult> scanned = scan();
        if (scanned.isEmpty()) {
            return;
        }
        ScanResult result = scanned.get();
        write("msglint.json", new JsonReporter(), result);
        write("msglint.sarif", new SarifReporter(), result);
        getLog().info("msglint: " + result.findings().size() + " finding(s); report at "
                + write("msglint.html", new HtmlReporter(), result));
    }
}
