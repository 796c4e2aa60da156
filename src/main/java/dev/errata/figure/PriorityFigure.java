package dev.errata.figure;

import dev.errata.metrics.Proportion;
import dev.errata.metrics.TagMetrics;
import dev.errata.metrics.plots.Extent;
import dev.errata.report.NumberText;
import dev.errata.tags.TagDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The priority chart: each tag's potential gain, with its 95% interval as a whisker, against how easy the
 * analyst judged it to fix, so the tags worth most for the least work stand top right. A click on a tag's
 * marker reports its {@link Point}. Without a tag to place, the figure says what to set.
 */
public final class PriorityFigure {

    /** Half the side of a tag's marker. */
    private static final double MARKER = 5;

    private static final double CAP = 4;
    /** Beyond ease 5, in ease units: the room of the labels of the easiest tags. */
    private static final double LABEL_ROOM = 0.9;

    private static final double[] EASES = {1, 2, 3, 4, 5};
    /** How far apart, in ease units, tags of the same ease stand, so their whiskers do not hide each other. */
    private static final double DODGE = 0.12;

    /** A tag on the chart. @param ease 1 (hard) to 5 (easy) */
    public record Point(String name, Proportion gain, int ease) {}

    private PriorityFigure() {}

    /** The tags with a potential gain (a baseline and rows) and an ease, in the order given. */
    public static List<Point> placeable(List<TagMetrics> tags, List<TagDefinition> definitions) {
        Map<String, TagDefinition> byName = new HashMap<>();
        definitions.forEach(d -> byName.putIfAbsent(d.name(), d));
        List<Point> points = new ArrayList<>();
        for (TagMetrics tag : tags) {
            TagDefinition definition = byName.get(tag.name());
            if (definition != null
                    && definition.ease() != null
                    && tag.potentialGain().isKnown()) {
                points.add(new Point(tag.name(), tag.potentialGain(), definition.ease()));
            }
        }
        return points;
    }

    /** Where the points are drawn: ease 1 to 5 across, from no gain (or the lowest interval end) to the highest. */
    static PlotArea area(List<Point> points, double width, double height) {
        double low = 0;
        double high = 0;
        for (Point point : points) {
            low = Math.min(low, lowEnd(point.gain()));
            high = Math.max(high, highEnd(point.gain()));
        }
        // room right of ease 5 for the labels of the easiest tags, as wide as one step of ease; padded, so a
        // marker or a whisker's cap at an end of an axis stays whole inside the frame
        return PlotArea.inside(
                        width,
                        height,
                        new Extent(EASES[0], EASES[EASES.length - 1] + LABEL_ROOM),
                        new Extent(low, high))
                .padded(MARKER + CAP);
    }

    public static Figure draw(List<Point> points, double width, double height) {
        List<Mark> marks = new ArrayList<>();
        if (points.isEmpty()) {
            marks.addAll(Paragraph.centred(FigureText.text("priority.empty"), width, height));
            return new Figure(width, height, marks);
        }
        PlotArea area = area(points, width, height);
        area.drawAxes(
                marks,
                FigureText.text("priority.title"),
                FigureText.text("priority.x"),
                "",
                EASES,
                NumberText::percent);
        double[] xs = dodged(points, area);
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = xs[i];
            double y = area.py(point.gain().value());
            marks.add(Mark.Line.of(
                    x, area.py(lowEnd(point.gain())), x, area.py(highEnd(point.gain())), Palette.TEXT, 1, false));
            for (double end : new double[] {lowEnd(point.gain()), highEnd(point.gain())}) {
                marks.add(Mark.Line.of(x - CAP, area.py(end), x + CAP, area.py(end), Palette.TEXT, 1, false));
            }
            Mark.Box marker =
                    new Mark.Box(x - MARKER, y - MARKER, 2 * MARKER, 2 * MARKER, Palette.ACCENT, Palette.TEXT, point);
            marks.add(marker);
            marks.add(new Mark.Hint(
                    new Bounds(marker.x(), marker.y(), marker.width(), marker.height()),
                    FigureText.text(
                            "priority.hint", point.name(), NumberText.withInterval(point.gain()), point.ease())));
            marks.addAll(new Mark.Text(x + MARKER + 4, y + 4, point.name(), Palette.TEXT, Mark.Anchor.START, 11, false)
                    .fitted(labelRoom(points, xs, i, area) - MARKER - 8));
        }
        return new Figure(width, height, marks);
    }

    /** Each point's x: its ease, tags of one ease spread a little around it in the order given. */
    private static double[] dodged(List<Point> points, PlotArea area) {
        Map<Integer, Integer> sameEase = new HashMap<>();
        points.forEach(p -> sameEase.merge(p.ease(), 1, Integer::sum));
        Map<Integer, Integer> placedOfEase = new HashMap<>();
        double[] xs = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            int ease = points.get(i).ease();
            int index = placedOfEase.merge(ease, 1, Integer::sum) - 1;
            xs[i] = area.px(ease + (index - (sameEase.get(ease) - 1) / 2.0) * DODGE);
        }
        return xs;
    }

    /** From a point to the nearest marker right of it at about its height, or to the frame's right edge. */
    private static double labelRoom(List<Point> points, double[] xs, int i, PlotArea area) {
        double y = area.py(points.get(i).gain().value());
        double room = area.right() - xs[i];
        for (int j = 0; j < xs.length; j++) {
            if (xs[j] > xs[i] && Math.abs(area.py(points.get(j).gain().value()) - y) < 3 * MARKER) {
                room = Math.min(room, xs[j] - xs[i] - MARKER);
            }
        }
        return room;
    }

    private static double lowEnd(Proportion gain) {
        return Double.isNaN(gain.low()) ? gain.value() : gain.low();
    }

    private static double highEnd(Proportion gain) {
        return Double.isNaN(gain.high()) ? gain.value() : gain.high();
    }
}
