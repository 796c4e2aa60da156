package dev.errata.figure;

import dev.errata.metrics.Proportion;
import dev.errata.metrics.Slice;
import dev.errata.metrics.plots.Extent;
import dev.errata.report.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One bar per slice, highest error rate at the top, with its 95% interval as a whisker and the overall
 * error rate as a dashed line. A click on a slice's line reports the slice.
 */
public final class SlicesFigure {

    static final double LINE = 24;
    static final double TOP = 30;
    /** The slice names' column at its widest; a narrow figure gives them a third of its width. */
    private static final double LABEL_WIDTH = 180;
    /** Room right of the bars for "12.5% of 1,234". */
    private static final double RATE_WIDTH = 110;

    private static final double BAR = 14;

    private SlicesFigure() {}

    public static double height(int slices) {
        return TOP + slices * LINE + 40;
    }

    /** The slices as the figure lists them: highest error rate first, those without one last. */
    public static List<Slice> byErrorRate(List<Slice> slices) {
        return slices.stream()
                .sorted(Comparator.comparing(
                                (Slice s) -> Double.isNaN(s.errorRate().value()))
                        .thenComparing(Comparator.comparingDouble(
                                        (Slice s) -> s.errorRate().value())
                                .reversed()))
                .toList();
    }

    /**
     * @param slices in the order drawn, see {@link #byErrorRate}
     * @param overall the error rate over every evaluable row, the dashed reference line
     */
    public static Figure draw(String column, List<Slice> slices, Proportion overall, double width, double height) {
        List<Mark> marks = new ArrayList<>();
        double largest = overall.value();
        for (Slice slice : slices) {
            largest = Math.max(
                    largest,
                    Double.isNaN(slice.errorRate().high())
                            ? 0
                            : slice.errorRate().high());
        }
        Extent x = new Extent(0, Math.min(1, Math.max(0.05, largest * 1.1)));
        double labels = Math.min(LABEL_WIDTH, width / 3);
        PlotArea area = new PlotArea(
                labels,
                TOP,
                Math.max(40, width - labels - RATE_WIDTH),
                slices.size() * LINE,
                x,
                new Extent(0, Math.max(1, slices.size())));
        String title = FigureText.text("slices.title", column, NumberText.percent(overall.value()));
        marks.addAll(new Mark.Text(4, 16, title, Palette.TEXT, Mark.Anchor.START, 12, true).fitted(width - 8));
        for (double tick : area.xTicks(NumberText::percent)) {
            marks.add(Mark.Line.of(area.px(tick), area.top(), area.px(tick), area.bottom(), Palette.GRID, 0.5, false));
            marks.add(Mark.Text.of(area.px(tick), area.bottom() + 14, NumberText.percent(tick), Mark.Anchor.MIDDLE));
        }
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            double top = TOP + i * LINE;
            double middle = top + LINE / 2;
            double rate = Double.isNaN(slice.errorRate().value())
                    ? 0
                    : slice.errorRate().value();
            marks.addAll(new Mark.Text(labels - 6, middle + 4, slice.value(), Palette.TEXT, Mark.Anchor.END, 11, false)
                    .fitted(labels - 10));
            marks.add(new Mark.Box(
                    area.left(),
                    middle - BAR / 2,
                    area.px(rate) - area.left(),
                    BAR,
                    slice.errorRate().smallSample()
                            ? Palette.translucent(Palette.ERROR, 0.35)
                            : Palette.translucent(Palette.ERROR, 0.75),
                    null,
                    null));
            if (!Double.isNaN(slice.errorRate().low())) {
                marks.add(Mark.Line.of(
                        area.px(slice.errorRate().low()),
                        middle,
                        area.px(slice.errorRate().high()),
                        middle,
                        Palette.TEXT,
                        1,
                        false));
            }
            marks.addAll(Mark.Text.of(
                            area.right() + 6,
                            middle + 4,
                            NumberText.percent(slice.errorRate().value()) + " of "
                                    + NumberText.count(slice.evaluable()),
                            Mark.Anchor.START)
                    .fitted(RATE_WIDTH - 8));
            marks.add(new Mark.Box(0, top, width, LINE, null, null, slice));
        }
        double overallAt = area.px(overall.value());
        marks.add(Mark.Line.of(overallAt, area.top() - 4, overallAt, area.bottom(), Palette.ACCENT, 1.5, true));
        return new Figure(width, height, marks);
    }
}
