package dev.errata.metrics.plots;

import dev.errata.data.NumericColumn;
import dev.errata.metrics.Outcomes;
import java.util.function.IntToDoubleFunction;

/**
 * Per row an x and a y to plot; a row whose x or y is NaN is not plotted. The residual series all have
 * the residual (label − prediction) as y.
 *
 * @param xName what x is, e.g. "prediction" or a column name
 */
public record PointSeries(String xName, String yName, int rowCount, IntToDoubleFunction x, IntToDoubleFunction y) {

    public static PointSeries residualAgainstPrediction(Outcomes outcomes) {
        return new PointSeries("prediction", "residual", outcomes.rowCount(), outcomes::predicted, outcomes::residual);
    }

    public static PointSeries residualAgainst(Outcomes outcomes, NumericColumn column) {
        return new PointSeries(column.name(), "residual", outcomes.rowCount(), column::value, outcomes::residual);
    }

    /** The residuals in file order, the order the Durbin–Watson statistic reads them. */
    public static PointSeries residualInRowOrder(Outcomes outcomes) {
        return new PointSeries("row", "residual", outcomes.rowCount(), row -> row + 1, outcomes::residual);
    }

    /** The smallest and largest plotted x, or y; {@link Extent#EMPTY} when no row is plotted. */
    public Extent xExtent() {
        return Extent.of(rowCount, x, y);
    }

    public Extent yExtent() {
        return Extent.of(rowCount, y, x);
    }

    public boolean isPlotted(int row) {
        return !Double.isNaN(x.applyAsDouble(row)) && !Double.isNaN(y.applyAsDouble(row));
    }
}
