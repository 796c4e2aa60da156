package dev.errata.cli;

import picocli.CommandLine.Option;

/** A saved view of the project to apply, by name. */
public final class ViewOption {

    @Option(
            names = "--view",
            paramLabel = "NAME",
            description = "A saved view of the project: export rows writes its rows in its order (what the window shows"
                    + " for it); report slices by its columns.")
    String name;
}
