package dev.errata.figure;

import dev.errata.metrics.plots.Extent;
import dev.errata.metrics.plots.ReliabilityDiagram;
import dev.errata.report.NumberText;
import java.util.ArrayList;
import java.util.List;

/**
 * The reliability diagram: per score bin a bar up to how often it came true, beside the diagonal of a
 * perfectly calibrated model, and the expected calibration error in the title; a click on a bar reports its bin.
 */
public final class CalibrationFigure {

    private static final Extent UNIT = new Extent(0, 1);

    private CalibrationFigure() {}

    /** @param diagram null while unknown: an empty figure */
    public static Figure draw(ReliabilityDiagram diagram, double width, double height) {
        List<Mark> marks = new ArrayList<>();
        if (diagram == null) {
            return new Figure(width, height, marks);
        }
        double side = Math.min(width, height);
        PlotArea area = PlotArea.inside(side, side, UNIT, UNIT);
        area.drawAxes(
                marks,
                FigureText.text("calibration.title", NumberText.percent(diagram.expectedCalibrationError())),
                FigureText.text("calibration.x"),
                "");
        for (ReliabilityDiagram.Bin bin : diagram.bins()) {
            if (bin.rows() > 0) {
                double x0 = area.px(bin.low()) + 1;
                double top = area.py(bin.observed());
                marks.add(new Mark.Box(
                        x0,
                        top,
                        area.px(bin.high()) - x0 - 1,
                        area.bottom() - top,
                        Palette.translucent(Palette.ACCENT, 0.6),
                        Palette.ACCENT,
                        bin));
                double mean = area.px(bin.meanScore());
                marks.add(Mark.Line.of(
                        mean, area.py(bin.meanScore()), mean, area.py(bin.observed()), Palette.ERROR, 2, false));
            }
        }
        marks.add(Mark.Line.of(area.px(0), area.py(0), area.px(1), area.py(1), Palette.MUTED, 1, true));
        return new Figure(width, height, marks);
    }
}
