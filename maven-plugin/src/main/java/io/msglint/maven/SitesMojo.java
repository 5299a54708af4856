package io.msglint.maven;

import io.msglint.core.ScanResult;
import io.msglint.core.report.SitesJsonReporter;
import io.msglint.core.report.SitesTextReporter;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists every place where a payload enters or leaves Azure messaging, from the same analysis as
 * {@code check}, in {@code target/msglint/sites.json} and {@code sites.txt}: {@code mvn msglint:sites}.
 * Never fails the build.
 */
@Mojo(name = "sites", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public final class SitesMojo extends AbstractMsglintMojo {

    @Override
    public void execute() throws MojoExecutionException {
        Optional<ScanResult> scanned = scan();
        if (scanned.isEmpty()) {
            return;
        }
        write("sites.json", new SitesJsonReporter(), scanned.get());
        getLog().info("msglint: " + scanned.get().sites().size() + " site(s); listed in "
                + write("sites.txt", new SitesTextReporter(), scanned.get()));
    }
}
