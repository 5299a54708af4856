package io.msglint.cli;

import io.msglint.core.Msglint;
import picocli.CommandLine;

/** The version picocli prints for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"msglint " + Msglint.version()};
    }
}
