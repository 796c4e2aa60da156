package dev.errata.ui.plots.residuals;

import dev.errata.figure.Figure;
import dev.errata.figure.Mark;
import dev.errata.metrics.plots.DensityGrid;
import dev.errata.metrics.plots.Extent;
import java.util.Optional;

/**
 * A panel of the residual figure that draws the tolerance band across its width: the scatter or the row
 * order. Its density raster covers the plot area exactly and its grid carries the residual axis, so the
 * drawn figure alone tells where the band's edges are and what residual lies under the pointer.
 */
record BandPanel(Mark.Raster raster, Extent residuals) {

    /** How near an edge, in pixels, a press grabs it. */
    static final double GRAB = 4;

    /** The panel whose band edge ±tolerance lies within {@link #GRAB} pixels of the point, if any. */
    static Optional<BandPanel> grabbed(Figure figure, double x, double y, double tolerance) {
        return figure.marks().stream()
                .filter(m -> m instanceof Mark.Raster raster && raster.key() instanceof DensityGrid)
                .map(m -> (Mark.Raster) m)
                .map(raster -> new BandPanel(raster, ((DensityGrid) raster.key()).yExtent()))
                .filter(panel -> panel.nearEdge(x, y, tolerance))
                .findFirst();
    }

    private boolean nearEdge(double x, double y, double tolerance) {
        return x >= raster.x()
                && x <= raster.x() + raster.width()
                && (Math.abs(y - pixelOf(tolerance)) <= GRAB || Math.abs(y - pixelOf(-tolerance)) <= GRAB);
    }

    /** The height at which a residual is drawn. */
    double pixelOf(double residual) {
        return raster.y() + (1 - residuals.fraction(residual)) * raster.height();
    }

    /** The residual drawn at a height, held to the panel's axis when the pointer leaves it. */
    double residualAt(double y) {
        double fraction = 1 - (y - raster.y()) / raster.height();
        return residuals.at(Math.max(0, Math.min(1, fraction)));
    }
}
