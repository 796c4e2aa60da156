package dev.errata.figure;

import dev.errata.metrics.plots.Extent;
import dev.errata.report.NumberText;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The rectangle of a figure where data is drawn, with the extents of its axes: places values in pixels
 * and draws the frame, ticks and axis titles around it.
 */
public record PlotArea(double left, double top, double width, double height, Extent x, Extent y) {

    private static final double LABEL_SIZE = 11;
    private static final double LEAST_LEFT = 58;
    private static final double LEAST_RIGHT = 16;
    private static final double TOP = 24;
    private static final double BOTTOM = 44;
    /** Between a label and the axis, and between the y labels and the panel's edge. */
    private static final double PAD = 4;

    private static final double X_SPACING = 50;
    private static final double Y_SPACING = 30;

    /** Room for tick labels and axis titles around the data. */
    public static PlotArea inside(double figureWidth, double figureHeight, Extent x, Extent y) {
        return inside(0, 0, figureWidth, figureHeight, x, y);
    }

    /**
     * The area of a panel whose top left corner is at (panelLeft, panelTop) of the figure: as wide a left
     * margin as the widest y label needs, and on the right half the width of the label at the x maximum.
     */
    public static PlotArea inside(
            double panelLeft, double panelTop, double panelWidth, double panelHeight, Extent x, Extent y) {
        double height = Math.max(10, panelHeight - TOP - BOTTOM);
        double widest = Arrays.stream(yTicks(y, height))
                .map(value -> labelWidth(NumberText.compact(value)))
                .max()
                .orElse(0);
        double left = Math.max(LEAST_LEFT, widest + 2 * PAD);
        double right = Math.max(LEAST_RIGHT, labelWidth(NumberText.compact(x.max())) / 2 + PAD);
        return new PlotArea(panelLeft + left, panelTop + TOP, Math.max(10, panelWidth - left - right), height, x, y);
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

    /** The x ticks at round values whose labels, written by {@code text}, fit the width without touching. */
    public double[] xTicks(DoubleFunction<String> text) {
        return AxisTicks.fitting(x, width, X_SPACING, value -> labelWidth(text.apply(value)));
    }

    /** Frame, grid lines at round values, tick labels, axis titles and a title above, shortened to fit. */
    public void drawAxes(List<Mark> marks, String title, String xTitle, String yTitle) {
        drawAxes(marks, title, xTitle, yTitle, xTicks(NumberText::compact), NumberText::compact);
    }

    /**
     * The same with the x ticks given, e.g. only whole ratings, and the y labels written by {@code yText},
     * e.g. as percentages.
     */
    public void drawAxes(
            List<Mark> marks,
            String title,
            String xTitle,
            String yTitle,
            double[] xTicks,
            DoubleFunction<String> yText) {
        marks.add(new Mark.Box(left, top, width, height, Palette.BACKGROUND, Palette.GRID, null));
        for (double value : xTicks) {
            double at = px(value);
            marks.add(Mark.Line.of(at, top, at, bottom(), Palette.GRID, 0.5, false));
            marks.add(Mark.Text.of(at, bottom() + 16, NumberText.compact(value), Mark.Anchor.MIDDLE));
        }
        for (double value : yTicks(y, height)) {
            double at = py(value);
            marks.add(Mark.Line.of(left, at, right(), at, Palette.GRID, 0.5, false));
            marks.add(Mark.Text.of(left - PAD, at + PAD, yText.apply(value), Mark.Anchor.END));
        }
        marks.addAll(new Mark.Text(
                        left + width / 2, bottom() + 32, xTitle, Palette.MUTED, Mark.Anchor.MIDDLE, LABEL_SIZE, false)
                .fitted(width + 2 * LEAST_RIGHT));
        // from the panel's left edge rather than the frame's, so a narrow panel keeps more of its title
        double titleLeft = left - LEAST_LEFT + PAD;
        String titled = yTitle.isEmpty() ? title : FigureText.text("plots.titleWithY", title, yTitle);
        marks.addAll(new Mark.Text(titleLeft, top - 10, titled, Palette.TEXT, Mark.Anchor.START, 12, true)
                .fitted(right() + LEAST_RIGHT - titleLeft));
    }

    /**
     * This area with its extents widened so that a marker of this radius drawn at an extent's end stays
     * whole inside the frame, rather than half outside it.
     */
    public PlotArea padded(double radius) {
        double dx = (x.max() - x.min()) * radius / Math.max(1, width - 2 * radius);
        double dy = (y.max() - y.min()) * radius / Math.max(1, height - 2 * radius);
        return new PlotArea(
                left,
                top,
                width,
                height,
                new Extent(x.min() - dx, x.max() + dx),
                new Extent(y.min() - dy, y.max() + dy));
    }

    /** A horizontal line across the area at a y value, e.g. a reference value. */
    public Mark.Line horizontal(double value, Ink color, boolean dashed) {
        return Mark.Line.of(left, py(value), right(), py(value), color, 1.2, dashed);
    }

    /** Labels on the y axis stand one above another, so only their height limits how many fit. */
    private static double[] yTicks(Extent y, double height) {
        return AxisTicks.fitting(y, height, Y_SPACING, value -> (TextWidth.ASCENT + TextWidth.DESCENT) * LABEL_SIZE);
    }

    private static double labelWidth(String label) {
        return TextWidth.of(label, LABEL_SIZE, false);
    }
}
