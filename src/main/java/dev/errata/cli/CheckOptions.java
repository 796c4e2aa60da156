package dev.errata.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Checks given on the command line, evaluated after the project's own. */
public final class CheckOptions {

    @Option(
            names = "--check",
            paramLabel = "CHECK",
            description =
                    "A check to evaluate beside the project's, e.g. \"accuracy >= 0.9\" (repeatable; docs/checks.md).")
    List<String> checks = new ArrayList<>();
}
