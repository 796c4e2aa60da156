package dev.errata.figure;

import dev.errata.metrics.plots.Extent;
import dev.errata.metrics.plots.Histogram;
import dev.errata.report.NumberText;
import java.util.ArrayList;
import java.util.List;

/**
 * Residual against x over the full width; below it the histogram of residuals and the residuals in file
 * order. The tolerance is a shaded band of ±tolerance: points outside it are the errors.
 */
public final class ResidualsFigure {

    /** A bar of the histogram. */
    public record HistogramBin(int bin) {}

    private ResidualsFigure() {}

    public static Figure draw(ResidualPlots plots, double width, double height) {
        List<Mark> marks = new ArrayList<>();
        if (plots == null) {
            return new Figure(width, height, marks);
        }
        double upper = height * 0.55;
        var scatter = plots.scatter();
        PlotArea top = PlotArea.inside(0, 0, width, upper, scatter.xExtent(), scatter.yExtent());
        top.drawAxes(
                marks,
                FigureText.text("residuals.title", scatter.series().xName(), NumberText.compact(plots.tolerance())),
                scatter.series().xName(),
                "");
        band(marks, top, plots.tolerance());
        marks.add(DensityRaster.of(scatter, top));

        Histogram histogram = plots.histogram();
        PlotArea left = PlotArea.inside(
                0,
                upper,
                width / 2,
                height - upper,
                histogram.extent(),
                new Extent(0, Math.max(1, histogram.maxCount())));
        left.drawAxes(marks, FigureText.text("residuals.histogram"), FigureText.text("residuals.histogram.x"), "");
        for (int bin = 0; bin < histogram.binCount(); bin++) {
            double x0 = left.px(histogram.low(bin));
            double y0 = left.py(histogram.count(bin));
            marks.add(new Mark.Box(
                    x0,
                    y0,
                    Math.max(1, left.px(histogram.high(bin)) - x0),
                    left.bottom() - y0,
                    Palette.translucent(Palette.ACCENT, 0.7),
                    null,
                    new HistogramBin(bin)));
        }
        for (double edge : new double[] {-plots.tolerance(), plots.tolerance()}) {
            if (edge >= histogram.extent().min() && edge <= histogram.extent().max()) {
                marks.add(
                        Mark.Line.of(left.px(edge), left.top(), left.px(edge), left.bottom(), Palette.ERROR, 1, true));
            }
        }

        var inOrder = plots.inRowOrder();
        PlotArea right =
                PlotArea.inside(width / 2, upper, width / 2, height - upper, inOrder.xExtent(), inOrder.yExtent());
        right.drawAxes(
                marks,
                FigureText.text("residuals.inOrder", NumberText.compact(plots.durbinWatson())),
                FigureText.text("residuals.inOrder.x"),
                "");
        band(marks, right, plots.tolerance());
        marks.add(DensityRaster.of(inOrder, right));
        return new Figure(width, height, marks);
    }

    private static void band(List<Mark> marks, PlotArea area, double tolerance) {
        double high = area.py(tolerance);
        marks.add(new Mark.Box(
                area.left(),
                high,
                area.width(),
                area.py(-tolerance) - high,
                Palette.translucent(Palette.CORRECT, 0.12),
                null,
                null));
        marks.add(area.horizontal(0, Palette.MUTED, true));
    }
}
