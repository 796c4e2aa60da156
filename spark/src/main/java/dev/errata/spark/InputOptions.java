package dev.errata.spark;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The data every command of the job reads, and its label and prediction columns. */
final class InputOptions {

    @Parameters(paramLabel = "DATA", description = "A Parquet file or folder (*.parquet), else CSV with a header.")
    String data;

    @Option(names = "--label", required = true, paramLabel = "COLUMN")
    String label;

    @Option(names = "--prediction", required = true, paramLabel = "COLUMN")
    String prediction;
}
