package dev.errata.report;

import static dev.errata.report.ChartFrame.px;

import dev.errata.metrics.Outcomes;
import java.util.ArrayList;
import java.util.List;

/**
 * A regression's residual plots: residual against prediction (every k-th row when there are many, so the
 * file stays small) and a histogram of the residuals.
 */
final class ResidualCharts {

    static final int MAX_POINTS = 2000;
    private static final int BINS = 30;

    private ResidualCharts() {
    }

    /** The evaluable rows shown in the scatter: all of them, or every k-th up to {@link #MAX_POINTS}. */
    static List<Integer> sampledRows(Outcomes outcomes) {
        int stride = Math.max(1, (int) Math.ceil(outcomes.evaluableRows() / (double) MAX_POINTS));
        List<Integer> rows = new ArrayList<>();
        int seen = 0;
        for (int row = 0; row < outcomes.rowCount(); row++) {
            if (outcomes.isEvaluable(row) && seen++ % stride == 0) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** @param tolerance rows with |residual| above it are errors, drawn in the error colour */
    static void scatter(Markup m, Outcomes outcomes, List<Integer> rows, double tolerance) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double extent = 0;
        for (int row : rows) {
            xMin = Math.min(xMin, outcomes.predicted(row));
            xMax = Math.max(xMax, outcomes.predicted(row));
            extent = Math.max(extent, Math.abs(outcomes.residual(row)));
        }
        ChartFrame frame = new ChartFrame(rows.isEmpty() ? 0 : xMin, rows.isEmpty() ? 1 : xMax, -extent, extent);
        ChartFrame.open(m, "Residual against prediction");
        frame.axes(m, "prediction", "residual (label − prediction)", NumberText::compact, NumberText::compact);
        m.empty("line", "class", "zero", "x1", px(frame.x(xMin)), "x2", px(frame.x(xMax)), "y1", px(frame.y(0)),
                "y2", px(frame.y(0)));
        for (int row : rows) {
            double residual = outcomes.residual(row);
            m.empty("circle", "class", Math.abs(residual) > tolerance ? "point error" : "point",
                    "cx", px(frame.x(outcomes.predicted(row))), "cy", px(frame.y(residual)), "r", "2");
        }
        m.close("svg");
    }

    static void histogram(Markup m, Outcomes outcomes) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < outcomes.rowCount(); row++) {
            if (outcomes.isEvaluable(row)) {
                min = Math.min(min, outcomes.residual(row));
                max = Math.max(max, outcomes.residual(row));
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        double width = max > min ? (max - min) / BINS : 1;
        long[] counts = new long[BINS];
        for (int row = 0; row < outcomes.rowCount(); row++) {
            if (outcomes.isEvaluable(row)) {
                counts[Math.min(BINS - 1, (int) ((outcomes.residual(row) - min) / width))]++;
            }
        }
        long highest = 0;
        for (long c : counts) {
            highest = Math.max(highest, c);
        }
        ChartFrame frame = new ChartFrame(min, min + width * BINS, 0, PriorityChart.niceCeiling(highest));
        ChartFrame.open(m, "Histogram of residuals");
        frame.axes(m, "residual (label − prediction)", "rows", NumberText::compact, v -> NumberText.count(Math.round(v)));
        for (int b = 0; b < BINS; b++) {
            double left = frame.x(min + b * width);
            double right = frame.x(min + (b + 1) * width);
            m.empty("rect", "class", "bar", "x", px(left + 0.5), "y", px(frame.y(counts[b])),
                    "width", px(Math.max(0.5, right - left - 1)), "height", px(frame.y(0) - frame.y(counts[b])));
        }
        m.close("svg");
    }
}
