package io.msglint.maven;

import io.msglint.core.ScanResult;
import io.msglint.core.baseline.BaselineFile;
import io.msglint.core.report.JsonReporter;
import java.io.File;
import java.nio.file.Path;
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
 * {@code failOn}, unless {@code failOnViolation} is off or there are no more than
 * {@code maxAllowedViolations} of them (maven-pmd-plugin's vocabulary).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CheckMojo extends AbstractMsglintMojo {

    /** The level that fails the build: error, warning, info or never. */
    @Parameter(property = "msglint.failOn", defaultValue = "error")
    private String failOn;

    /** Whether findings at or above {@code failOn} fail the build at all; off, they are only reported. */
    @Parameter(property = "msglint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** How many findings at or above {@code failOn} are tolerated before the build fails. */
    @Parameter(property = "msglint.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /**
     * Findings accepted for now, in a file kept in version control: they are not reported. A
     * missing file is created from this build's findings (not in CI); entries that no longer occur
     * are dropped from it. It never grows.
     */
    @Parameter(property = "msglint.baseline")
    private File baseline;

    /** A CI build may neither create nor rewrite the baseline; by default, when the CI variable says true. */
    @Parameter(property = "msglint.ci", defaultValue = "${env.CI}")
    private String ci;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        FailurePolicy policy;
        try {
            policy = FailurePolicy.of(failOn, failOnViolation, maxAllowedViolations);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        Optional<ScanResult> scanned = scan();
        if (scanned.isEmpty()) {
            return;
        }
        ScanResult result = scanned.get();
        if (baseline != null) {
            BaselineFile.Outcome outcome = BaselineFile.apply(baseline.toPath(), result, BaselineFile.meansCi(ci));
            if (outcome.result().isEmpty()) {
                throw new MojoExecutionException("msglint: " + String.join("; ", outcome.messages()));
            }
            outcome.messages().forEach(m -> getLog().info("msglint: " + m));
            result = outcome.result().get();
        }
        log(result, severity -> policy.failsWith(severity));
        Path json = write("msglint.json", new JsonReporter(), result);
        Optional<String> failure = policy.failure(result);
        if (failure.isPresent()) {
            throw new MojoFailureException("msglint: " + failure.get() + "; see above or " + json);
        }
        if (policy.counted(result) > 0) {
            getLog().warn("msglint: " + policy.counted(result) + " finding(s) at or above " + failOn
                    + " do not fail the build (msglint.failOnViolation=" + failOnViolation
                    + ", msglint.maxAllowedViolations=" + maxAllowedViolations + ")");
        }
    }
}
