package dev.errata.figure;

import dev.errata.compare.VersionHistory;
import dev.errata.compare.VersionHistory.SliceSeries;
import dev.errata.metrics.plots.Extent;
import dev.errata.report.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * Lines across the model's versions, oldest at the left, each named at its right end, with a dashed
 * reference: each tag's error rate beside the overall one, or each slice of a column's gap to the overall
 * error rate beside zero. Whether a category the team worked on came down, and stayed down.
 */
public final class HistoryFigure {

    private static final double DOT = 6;
    private static final double LINE = 13;
    /** Room right of the plot for the lines' names. */
    private static final double NAMES = 190;

    /** One line: its name and a value per version, null where the version has none. */
    private record Series(String name, List<Double> values) {}

    private HistoryFigure() {}

    /** Each tag's error rate across the versions, the overall error rate dashed. */
    public static Figure tags(VersionHistory history, double width, double height) {
        List<Series> lines = history.tags().stream()
                .map(t -> new Series(t.tag(), t.errorRates()))
                .toList();
        List<Double> overall =
                history.versions().stream().map(v -> v.errorRate()).toList();
        return draw(
                FigureText.text("history.tags"),
                history.names(),
                lines,
                new Series(FigureText.text("history.overall"), overall),
                NumberText::percent,
                width,
                height);
    }

    /** Each slice of {@code column}: its error rate minus the version's overall, zero dashed. */
    public static Figure slices(VersionHistory history, String column, double width, double height) {
        List<Series> lines = history.slices().stream()
                .filter(s -> s.column().equals(column))
                .map(s -> new Series(s.value(), s.gaps()))
                .toList();
        List<Double> zero = history.versions().stream().map(v -> 0.0).toList();
        return draw(
                FigureText.text("history.slices", column),
                history.names(),
                lines,
                new Series(FigureText.text("history.zero"), zero),
                NumberText::points,
                width,
                height);
    }

    /** The slice columns of the history, in order, for the view to offer. */
    public static List<String> sliceColumns(VersionHistory history) {
        return history.slices().stream().map(SliceSeries::column).distinct().toList();
    }

    private static Figure draw(
            String title,
            List<String> versions,
            List<Series> lines,
            Series reference,
            DoubleFunction<String> yText,
            double width,
            double height) {
        List<Mark> marks = new ArrayList<>();
        if (versions.isEmpty()) {
            return new Figure(width, height, marks);
        }
        double low = 0;
        double high = 0.05;
        for (Series s : lines) {
            for (Double value : s.values()) {
                if (value != null) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        double margin = (high - low) * 0.08;
        Extent y = new Extent(low < 0 ? low - margin : 0, high + margin);
        Extent x = new Extent(-0.25, versions.size() - 0.75);
        PlotArea area = PlotArea.inside(Math.max(120, width - NAMES), height, x, y);
        area.drawAxes(marks, title, FigureText.text("history.x"), "", new double[0], yText);
        for (int v = 0; v < versions.size(); v++) {
            marks.add(Mark.Text.of(area.px(v), area.bottom() + 16, versions.get(v), Mark.Anchor.MIDDLE));
        }
        List<Name> names = new ArrayList<>();
        marks.addAll(series(area, reference.values(), Palette.MUTED, true));
        name(area, reference, Palette.MUTED).ifPresent(names::add);
        for (Series s : lines) {
            marks.addAll(series(area, s.values(), Palette.ACCENT, false));
            name(area, s, Palette.TEXT).ifPresent(names::add);
        }
        // top to bottom, each at least a line below the one above, so names of close lines do not overlap
        names.sort(Comparator.comparingDouble(Name::y));
        double below = Double.NEGATIVE_INFINITY;
        double left = area.right() + 8;
        for (Name n : names) {
            double at = Math.max(n.y(), below + LINE);
            below = at;
            marks.addAll(new Mark.Text(left, at + 4, n.text(), n.ink(), Mark.Anchor.START, 11, false)
                    .fitted(width - left - 4));
        }
        return new Figure(width, height, marks);
    }

    /** The line through a series' known points, with a dot on each. */
    private static List<Mark> series(PlotArea area, List<Double> values, Ink ink, boolean dashed) {
        List<Mark> marks = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            if (values.get(v) != null) {
                points.add(new double[] {area.px(v), area.py(values.get(v))});
            }
        }
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        if (xs.length > 1) {
            marks.add(new Mark.Line(xs, ys, ink, 2, dashed));
        }
        for (int i = 0; i < xs.length; i++) {
            marks.add(new Mark.Box(xs[i] - DOT / 2, ys[i] - DOT / 2, DOT, DOT, ink, null, null));
        }
        return marks;
    }

    /** A series' name and the height of its last known point. */
    private record Name(double y, String text, Ink ink) {}

    private static Optional<Name> name(PlotArea area, Series series, Ink ink) {
        List<Double> values = series.values();
        for (int v = values.size() - 1; v >= 0; v--) {
            if (values.get(v) != null) {
                return Optional.of(new Name(area.py(values.get(v)), series.name(), ink));
            }
        }
        return Optional.empty();
    }
}
