package io.msglint.maven;

import io.msglint.core.ScanResult;
import io.msglint.core.report.JsonReporter;
import io.msglint.rules.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Scans the project's main sources with its compile classpath, prints the findings in the build
 * log, writes {@code target/msglint/msglint.json}, and fails the build on findings at or above
 * {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CheckMojo extends AbstractMsglintMojo {

    /** The level that fails the build: error, warning, info or never. */
    @Parameter(property = "msglint.failOn", defaultValue = "error")
    private String failOn;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String threshold = failOn.trim().toLowerCase(Locale.ROOT);
        if (!List.of("error", "warning", "info", "never").contains(threshold)) {
            throw new MojoExecutionException("msglint.failOn must be error, warning, info or never, not '" + failOn + "'");
        }
        Optional<ScanResult> scanned = scan();
        if (scanned.isEmpty()) {
            return;
        }
        ScanResult result = scanned.get();
        log(result);
        Path json = write("msglint.json", new JsonReporter(), result);
        if (!threshold.equals("never")) {
            long failing = result.countAtLeast(Severity.parse(threshold));
            if (failing > 0) {
                throw new MojoFailureException("msglint: " + failing + " finding" + (failing == 1 ? "" : "s")
                        + " at or above " + threshold + "; see above or " + json);
            }
        }
    }
}
