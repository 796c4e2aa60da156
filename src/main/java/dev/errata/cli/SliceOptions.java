package dev.errata.cli;

import dev.errata.metrics.MetricsSettings.ColumnPair;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How the metrics are sliced: by columns, by crosses of two, and numeric columns into quantile bins. */
public final class SliceOptions {

    @Option(names = "--slice", paramLabel = "COL", description = "Slice the metrics by this column (repeatable).")
    List<String> slices = new ArrayList<>();

    @Option(
            names = "--cross",
            paramLabel = "COL1,COL2",
            split = ";",
            description = "Slice by the cells of a cross of two columns (repeatable).")
    List<String> crosses = new ArrayList<>();

    @Option(
            names = "--bins",
            paramLabel = "N",
            defaultValue = "5",
            description = "Quantile bins for numeric slice columns (default ${DEFAULT-VALUE}).")
    int bins;

    public List<String> slices() {
        return List.copyOf(slices);
    }

    /** @throws IllegalArgumentException naming a cross that is not two columns */
    public List<ColumnPair> crosses() {
        return crosses.stream().map(ColumnPair::parse).toList();
    }

    public int bins() {
        return bins;
    }
}
