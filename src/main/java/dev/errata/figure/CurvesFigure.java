package dev.errata.figure;

import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.plots.CurvePoint;
import dev.errata.metrics.plots.Extent;
import dev.errata.metrics.plots.ScoreCurves;
import java.util.ArrayList;
import java.util.List;

/**
 * ROC and precision–recall curves side by side, with the chosen threshold's point (◆ in the table) on both;
 * a click on a curve moves the threshold to the score of the point there.
 */
public final class CurvesFigure {

    private static final Extent UNIT = new Extent(0, 1);
    private static final double DOT = 7;

    private CurvesFigure() {}

    /** @param atThreshold the overall rates at the chosen threshold; null while unknown */
    public static Figure draw(ScoreCurves curves, BinaryRates atThreshold, double width, double height) {
        List<Mark> marks = new ArrayList<>();
        if (curves == null) {
            return new Figure(width, height, marks);
        }
        double half = width / 2;
        // padded, so the threshold's dot in a corner (everything positive: fpr = tpr = 1) stays whole in the frame
        PlotArea roc = PlotArea.inside(half, height, UNIT, UNIT).padded(DOT / 2 + 1);
        PlotArea pr = PlotArea.inside(half, 0, half, height, UNIT, UNIT).padded(DOT / 2 + 1);
        roc.drawAxes(marks, FigureText.text("thresholds.roc"), FigureText.text("thresholds.roc.x"), "");
        marks.add(Mark.Line.of(roc.px(0), roc.py(0), roc.px(1), roc.py(1), Palette.GRID, 1, true));
        marks.add(line(roc, curves.roc()));
        pr.drawAxes(marks, FigureText.text("thresholds.pr"), FigureText.text("thresholds.pr.x"), "");
        marks.add(line(pr, curves.precisionRecall()));
        targets(marks, roc, curves.roc());
        targets(marks, pr, curves.precisionRecall());
        if (atThreshold != null) {
            dot(marks, roc, atThreshold.fpr(), atThreshold.tpr());
            dot(marks, pr, atThreshold.tpr(), atThreshold.precision());
        }
        return new Figure(width, height, marks);
    }

    /** Click targets on a curve's points, so a click moves the threshold there. */
    private static void targets(List<Mark> marks, PlotArea area, List<CurvePoint> points) {
        for (CurvePoint point : points) {
            if (Double.isFinite(point.threshold())) {
                marks.add(new Mark.Box(
                        area.px(point.x()) - DOT, area.py(point.y()) - DOT, 2 * DOT, 2 * DOT, null, null, point));
            }
        }
    }

    private static Mark.Line line(PlotArea area, List<CurvePoint> points) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = area.px(points.get(i).x());
            ys[i] = area.py(points.get(i).y());
        }
        return new Mark.Line(xs, ys, Palette.ACCENT, 2, false);
    }

    private static void dot(List<Mark> marks, PlotArea area, double x, double y) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            marks.add(new Mark.Box(
                    area.px(x) - DOT / 2, area.py(y) - DOT / 2, DOT, DOT, Palette.ERROR, Palette.TEXT, null));
        }
    }
}
