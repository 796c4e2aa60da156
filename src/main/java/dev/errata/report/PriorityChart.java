package dev.errata.report;

import static dev.errata.report.ChartFrame.px;

import dev.errata.metrics.GainRank;
import dev.errata.metrics.TagMetrics;
import dev.errata.tags.TagDefinition;
import java.util.List;
import java.util.Map;

/**
 * The prioritization chart: a tag's prevalence on x, its headroom on y, its potential gain (their product)
 * as the bubble's area, and curves of equal gain, so the tags worth most sit top right.
 */
final class PriorityChart {

    private static final double MAX_RADIUS = 26;
    private static final double[] GAIN_CURVES = {0.25, 0.5, 1};

    private PriorityChart() {
    }

    /** Tags with a gain (a baseline and rows); the others cannot be placed. */
    static List<TagMetrics> placeable(List<TagMetrics> tags) {
        return tags.stream().filter(t -> t.potentialGain().isKnown() && t.prevalence().isKnown()
                && t.headroom().isKnown()).toList();
    }

    /** @param colors each tag's colour by name */
    static void write(Markup m, List<TagMetrics> tags, Map<String, String> colors) {
        List<TagMetrics> placed = placeable(tags);
        double maxPrevalence = placed.stream().mapToDouble(t -> t.prevalence().value()).max().orElse(0);
        double maxHeadroom = placed.stream().mapToDouble(t -> t.headroom().value()).max().orElse(0);
        double maxGain = placed.stream().mapToDouble(t -> t.potentialGain().value()).max().orElse(0);
        ChartFrame frame = new ChartFrame(0, niceCeiling(maxPrevalence * 1.15), 0, niceCeiling(maxHeadroom * 1.15));
        ChartFrame.open(m, "Tags by prevalence and headroom; bubble area is potential gain");
        frame.axes(m, "prevalence (share of rows with the tag)", "headroom (baseline − accuracy)",
                NumberText::percent, NumberText::percent);
        if (maxGain > 0) {
            for (double share : GAIN_CURVES) {
                gainCurve(m, frame, maxGain * share);
            }
        }
        for (TagMetrics t : GainRank.byGain(placed)) {
            double radius = maxGain > 0 ? Math.max(3, MAX_RADIUS * Math.sqrt(t.potentialGain().value() / maxGain)) : 3;
            double cx = frame.x(t.prevalence().value());
            double cy = frame.y(t.headroom().value());
            m.open("g", "class", "bubble");
            m.element("title", t.name() + ": gain " + NumberText.withInterval(t.potentialGain()));
            m.empty("circle", "cx", px(cx), "cy", px(cy), "r", px(radius), "fill", colors.getOrDefault(t.name(), "#888888"));
            m.element("text", t.name(), "class", "bubble-label", "x", px(cx + radius + 4), "y", px(cy + 4));
            m.close("g");
        }
        m.close("svg");
    }

    /** The curve prevalence × headroom = gain, from where it enters the plot to its right edge. */
    private static void gainCurve(Markup m, ChartFrame frame, double gain) {
        double from = Math.max(gain / frame.yMax(), frame.xMax() / 200);
        StringBuilder points = new StringBuilder();
        int steps = 40;
        for (int i = 0; i <= steps; i++) {
            double x = from + (frame.xMax() - from) * i / steps;
            points.append(px(frame.x(x))).append(',').append(px(frame.y(Math.min(frame.yMax(), gain / x)))).append(' ');
        }
        m.empty("polyline", "class", "gain-curve", "points", points.toString().strip());
        m.element("text", "gain " + NumberText.percent(gain), "class", "curve-label",
                "x", px(frame.x(frame.xMax()) - 4), "y", px(frame.y(gain / frame.xMax()) - 4), "text-anchor", "end");
    }

    /** The next of 1, 2, 5 × 10ⁿ at or above the value, so ticks read as round numbers. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 0.1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
