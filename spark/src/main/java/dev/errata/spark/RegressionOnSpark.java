package dev.errata.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;

import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.RegressionSums;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The residual metrics of a regression, summed on the cluster with the desktop's mergeable
 * {@link RegressionSums}: each partition sums its rows and the driver merges the parts in partition order,
 * which for one CSV file is file order (the Durbin–Watson statistic joins neighbouring residuals).
 *
 * <p>The error tolerance defaults, as on the desktop, to the 80th percentile of the absolute residuals. It
 * is exact here, not approximated: Spark sorts the residuals across the cluster and only the two values the
 * desktop's interpolation reads are brought back, so the error count equals the desktop's.
 *
 * @param rows every row of the data
 * @param evaluable rows with both a numeric label and a numeric prediction
 * @param errors evaluable rows whose absolute residual is above the tolerance
 * @param tolerance the tolerance used
 * @param sums the merged residual sums
 */
record RegressionOnSpark(long rows, long evaluable, long errors, double tolerance, RegressionSums sums) {

    /** @param tolerance the error tolerance, NaN for the desktop's default */
    static RegressionOnSpark sum(Dataset<Row> data, String label, String prediction, double tolerance) {
        Dataset<Row> pairs = SparkColumns.roles(data, label, prediction, "double");
        double used = Double.isNaN(tolerance) ? defaultTolerance(pairs) : tolerance;
        GroupCounts total = GroupCounts.overall(pairs, GroupCounts.MEASURED, measured(used));
        return new RegressionOnSpark(
                total.rows(), total.residuals().metrics().rows(), total.errors(), used, total.residuals());
    }

    /** Sums a row's residual; a static factory so the function carries only the tolerance to the executors. */
    static GroupCounts.RowCounter measured(double tolerance) {
        return (group, row) -> group.addMeasured(
                row.isNullAt(0) ? Double.NaN : row.getDouble(0),
                row.isNullAt(1) ? Double.NaN : row.getDouble(1),
                tolerance);
    }

    /** How a row came out for the tags, as {@link #measured} counts it. */
    static TagsOnSpark.Outcome outcome(double tolerance) {
        return row -> {
            if (row.isNullAt(0) || row.isNullAt(1)) {
                return TagsOnSpark.Outcome.UNEVALUABLE;
            }
            double actual = row.getDouble(0);
            double predicted = row.getDouble(1);
            if (Double.isNaN(actual) || Double.isNaN(predicted)) {
                return TagsOnSpark.Outcome.UNEVALUABLE;
            }
            return Math.abs(actual - predicted) > tolerance ? TagsOnSpark.Outcome.ERROR : TagsOnSpark.Outcome.CORRECT;
        };
    }

    /** The desktop's default tolerance, from the two order statistics it interpolates between. */
    private static double defaultTolerance(Dataset<Row> pairs) {
        Dataset<Row> absolute = pairs.where(
                        col("label").isNotNull().and(col("prediction").isNotNull()))
                .select(abs(col("label").minus(col("prediction"))).as("absolute"));
        long count = absolute.count();
        if (count == 0) {
            return Double.NaN;
        }
        long[] ranks = ErrorRows.quantileRanks(count, ErrorRows.DEFAULT_TOLERANCE_QUANTILE);
        double[] atRanks = SortedValues.at(absolute, ranks);
        return ErrorRows.quantile(
                count, ErrorRows.DEFAULT_TOLERANCE_QUANTILE, rank -> atRanks[rank == ranks[0] ? 0 : 1]);
    }
}
