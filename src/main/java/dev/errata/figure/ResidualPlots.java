package dev.errata.figure;

import dev.errata.metrics.Outcomes;
import dev.errata.metrics.plots.DensityGrid;
import dev.errata.metrics.plots.Histogram;
import dev.errata.metrics.plots.PointSeries;

/**
 * The residual plots of a regression, computed together off the FX thread: residual against a chosen x,
 * the histogram of residuals, and residuals in file order.
 *
 * @param tolerance the error tolerance, drawn as a band of ±tolerance
 */
public record ResidualPlots(
        DensityGrid scatter, Histogram histogram, DensityGrid inRowOrder, double tolerance, double durbinWatson) {

    /** Cells across and down a density plot: finer than the eye needs at the tab's size. */
    public static final int COLUMNS = 180;

    public static final int LINES = 110;
    public static final int BINS = 40;

    /** The same plots with the band drawn at another tolerance, e.g. while it is dragged. */
    public ResidualPlots withTolerance(double value) {
        return new ResidualPlots(scatter, histogram, inRowOrder, value, durbinWatson);
    }

    public static ResidualPlots of(Outcomes outcomes, PointSeries scatter, double tolerance, double durbinWatson) {
        PointSeries inOrder = PointSeries.residualInRowOrder(outcomes);
        // residual axes reach the tolerance band even when no residual does
        var residuals = scatter.yExtent().including(tolerance).including(-tolerance);
        return new ResidualPlots(
                DensityGrid.of(scatter, scatter.xExtent(), residuals, COLUMNS, LINES),
                Histogram.of(outcomes::residual, outcomes.rowCount(), BINS),
                DensityGrid.of(inOrder, inOrder.xExtent(), residuals, COLUMNS, LINES),
                tolerance,
                durbinWatson);
    }
}
