package dev.errata.metrics;

/**
 * Mergeable sums of the residuals (label − prediction) of rows with both values. Merging must follow row
 * order: the Durbin–Watson numerator joins the last residual of one part to the first of the next.
 */
public final class RegressionSums implements java.io.Serializable {

    private long rows;
    private double absoluteSum;
    private double squaredSum;
    private double residualSum;
    /** Mean and sum of squared deviations of the labels, merged by Chan's formula to keep R² accurate. */
    private double labelMean;

    private double labelDeviationSum;
    private double firstResidual = Double.NaN;
    private double lastResidual = Double.NaN;
    private double successiveDifferenceSum;

    public void add(double actual, double predicted) {
        double residual = actual - predicted;
        rows++;
        absoluteSum += Math.abs(residual);
        squaredSum += residual * residual;
        residualSum += residual;
        double delta = actual - labelMean;
        labelMean += delta / rows;
        labelDeviationSum += delta * (actual - labelMean);
        if (rows == 1) {
            firstResidual = residual;
        } else {
            double step = residual - lastResidual;
            successiveDifferenceSum += step * step;
        }
        lastResidual = residual;
    }

    /** Appends the sums of rows that come after this part's rows. */
    public RegressionSums merge(RegressionSums later) {
        if (later.rows == 0) {
            return this;
        }
        if (rows == 0) {
            return later;
        }
        long total = rows + later.rows;
        double delta = later.labelMean - labelMean;
        labelDeviationSum += later.labelDeviationSum + delta * delta * rows * later.rows / total;
        labelMean += delta * later.rows / total;
        double step = later.firstResidual - lastResidual;
        successiveDifferenceSum += later.successiveDifferenceSum + step * step;
        lastResidual = later.lastResidual;
        rows = total;
        absoluteSum += later.absoluteSum;
        squaredSum += later.squaredSum;
        residualSum += later.residualSum;
        return this;
    }

    public RegressionMetrics metrics() {
        if (rows == 0) {
            return new RegressionMetrics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new RegressionMetrics(
                rows,
                absoluteSum / rows,
                Math.sqrt(squaredSum / rows),
                labelDeviationSum == 0 ? Double.NaN : 1 - squaredSum / labelDeviationSum,
                residualSum / rows,
                squaredSum == 0 ? Double.NaN : successiveDifferenceSum / squaredSum);
    }

    /** Sums the evaluable rows of a regression, in parallel chunks. */
    public static RegressionMetrics over(Outcomes outcomes) {
        return over(outcomes, RowChunks.DEFAULT_CHUNK_ROWS);
    }

    static RegressionMetrics over(Outcomes outcomes, int chunkRows) {
        return RowChunks.reduce(
                        outcomes.rowCount(),
                        chunkRows,
                        RegressionSums::new,
                        (sums, from, to) -> {
                            for (int row = from; row < to; row++) {
                                if (outcomes.isEvaluable(row)) {
                                    sums.add(outcomes.actual(row), outcomes.predicted(row));
                                }
                            }
                        },
                        RegressionSums::merge)
                .metrics();
    }
}
