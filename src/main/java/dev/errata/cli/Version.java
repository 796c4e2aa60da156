package dev.errata.cli;

import dev.errata.workbench.about.ProductInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code errata --version}: the version Help → About shows, from the build. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {ProductInfo.name() + " " + ProductInfo.version()};
    }
}
