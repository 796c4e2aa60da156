package dev.errata.ui.plots.figure;

import dev.errata.metrics.plots.Extent;
import dev.errata.report.NumberText;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The rectangle of a figure where data is drawn, with the extents of its axes: places values in pixels
 * and draws the frame, ticks and axis titles around it.
 */
public record PlotArea(double left, double top, double width, double height, Extent x, Extent y) {

    /** Room for tick labels and axis titles around the data. */
    public static PlotArea inside(double figureWidth, double figureHeight, Extent x, Extent y) {
        return inside(0, 0, figureWidth, figureHeight, x, y);
    }

    /** The area of a panel whose top left corner is at (panelLeft, panelTop) of the figure. */
    public static PlotArea inside(double panelLeft, double panelTop, double panelWidth, double panelHeight, Extent x, Extent y) {
        double left = 58;
        double top = 24;
        return new PlotArea(panelLeft + left, panelTop + top, Math.max(10, panelWidth - left - 16),
                Math.max(10, panelHeight - top - 44), x, y);
    }

    public double px(double value) {
        return left + x.fraction(value) * width;
    }

    public double py(double value) {
        return top + (1 - y.fraction(value)) * height;
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    /** Frame, grid lines at round values, tick labels, axis titles and a title above. */
    public void drawAxes(List<Mark> marks, String title, String xTitle, String yTitle, DoubleFunction<String> xText,
                         DoubleFunction<String> yText) {
        marks.add(new Mark.Box(left, top, width, height, Palette.BACKGROUND, Palette.GRID, null));
        for (double value : ticks(x, (int) (width / 70))) {
            double at = px(value);
            marks.add(Mark.Line.of(at, top, at, bottom(), Palette.GRID, 0.5, false));
            marks.add(Mark.Text.of(at, bottom() + 14, xText.apply(value), Mark.Anchor.MIDDLE));
        }
        for (double value : ticks(y, (int) (height / 36))) {
            double at = py(value);
            marks.add(Mark.Line.of(left, at, right(), at, Palette.GRID, 0.5, false));
            marks.add(Mark.Text.of(left - 4, at + 4, yText.apply(value), Mark.Anchor.END));
        }
        marks.add(new Mark.Text(left + width / 2, bottom() + 32, xTitle, Palette.MUTED, Mark.Anchor.MIDDLE, 11, false));
        marks.add(new Mark.Text(left, top - 8, title + (yTitle.isEmpty() ? "" : "   (y: " + yTitle + ")"),
                Palette.TEXT, Mark.Anchor.START, 12, true));
    }

    public void drawAxes(List<Mark> marks, String title, String xTitle, String yTitle) {
        drawAxes(marks, title, xTitle, yTitle, NumberText::compact, NumberText::compact);
    }

    /** A horizontal line across the area at a y value, e.g. a reference value. */
    public Mark.Line horizontal(double value, Ink color, boolean dashed) {
        return Mark.Line.of(left, py(value), right(), py(value), color, 1.2, dashed);
    }

    /** Round values inside the extent, about {@code wanted} of them (at least two). */
    public static double[] ticks(Extent extent, int wanted) {
        double range = extent.max() - extent.min();
        double rough = range / Math.max(2, Math.min(8, wanted));
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude * (rough / magnitude >= 5 ? 5 : rough / magnitude >= 2 ? 2 : 1);
        double first = Math.ceil(extent.min() / step) * step;
        int count = (int) Math.floor((extent.max() - first) / step + 1e-9) + 1;
        double[] ticks = new double[Math.max(0, count)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = first + i * step;
            if (Math.abs(ticks[i]) < step * 1e-9) {
                ticks[i] = 0;
            }
        }
        return ticks;
    }
}
