package dev.errata.metrics;

import java.util.List;
import java.util.Map;

/**
 * What the snapshot computes beyond the fixed metrics.
 *
 * @param threshold the score threshold of the threshold views (a row is positive when score ≥ threshold)
 * @param tolerance the regression error tolerance; NaN for the default (80th percentile of |residual|)
 * @param bins how many quantile bins numeric slice columns get at most
 * @param sliceColumns columns to slice by, one table each
 * @param crosses pairs of columns to slice by together
 * @param strataColumn the column the review design stratifies by, within errors and correct rows, for
 *     hand-tag estimates; null for errors and correct rows alone
 * @param recordedStrata each stratum's size in the data the review was drawn from, by the stratum's name,
 *     as the review design records it; hand-tag estimates speak for that data when the rows here are a
 *     sample of it ({@link ReviewStrata#withRecordedSizes}); empty when nothing is recorded
 */
public record MetricsSettings(
        double threshold,
        double tolerance,
        int bins,
        List<String> sliceColumns,
        List<ColumnPair> crosses,
        String strataColumn,
        Map<String, Long> recordedStrata) {

    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int DEFAULT_BINS = 5;

    /** Two columns whose values are crossed into slices {@code a × b}. */
    public record ColumnPair(String first, String second) {

        /** The pair written {@code COL1,COL2}, as the commands' {@code --cross} takes it. */
        public static ColumnPair parse(String spec) {
            String[] parts = spec.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("--cross takes two columns as COL1,COL2, not \"" + spec + "\"");
            }
            return new ColumnPair(parts[0].strip(), parts[1].strip());
        }
    }

    public MetricsSettings {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, not " + bins);
        }
        sliceColumns = List.copyOf(sliceColumns);
        crosses = List.copyOf(crosses);
        recordedStrata = Map.copyOf(recordedStrata);
    }

    public static MetricsSettings defaults() {
        return new MetricsSettings(DEFAULT_THRESHOLD, Double.NaN, DEFAULT_BINS, List.of(), List.of(), null, Map.of());
    }

    public MetricsSettings withThreshold(double value) {
        return new MetricsSettings(value, tolerance, bins, sliceColumns, crosses, strataColumn, recordedStrata);
    }

    public MetricsSettings withTolerance(double value) {
        return new MetricsSettings(threshold, value, bins, sliceColumns, crosses, strataColumn, recordedStrata);
    }

    public MetricsSettings withBins(int value) {
        return new MetricsSettings(threshold, tolerance, value, sliceColumns, crosses, strataColumn, recordedStrata);
    }

    public MetricsSettings withSliceColumns(List<String> columns) {
        return new MetricsSettings(threshold, tolerance, bins, columns, crosses, strataColumn, recordedStrata);
    }

    public MetricsSettings withCrosses(List<ColumnPair> pairs) {
        return new MetricsSettings(threshold, tolerance, bins, sliceColumns, pairs, strataColumn, recordedStrata);
    }

    /** @param column the review design's slice column, null for none */
    public MetricsSettings withRecordedStrata(Map<String, Long> sizes) {
        return new MetricsSettings(threshold, tolerance, bins, sliceColumns, crosses, strataColumn, sizes);
    }

    public MetricsSettings withStrataColumn(String column) {
        return new MetricsSettings(threshold, tolerance, bins, sliceColumns, crosses, column, recordedStrata);
    }
}
