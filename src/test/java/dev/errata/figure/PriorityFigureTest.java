package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.metrics.Proportion;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityFigureTest {

    private static final double WIDTH = 600;
    private static final double HEIGHT = 400;

    @Test
    void placesEachTagAtItsEaseAndGainWithItsIntervalAsAWhisker() {
        PriorityFigure.Point hard = new PriorityFigure.Point("hard", new Proportion(0.04, 0.01, 0.09, false), 1);
        PriorityFigure.Point easy = new PriorityFigure.Point("easy", new Proportion(0.12, 0.08, 0.16, false), 5);
        Figure figure = PriorityFigure.draw(List.of(hard, easy), WIDTH, HEIGHT);
        PlotArea area = PriorityFigure.area(List.of(hard, easy), WIDTH, HEIGHT);

        Mark.Box easyMarker = marker(figure, easy);
        // the marker's centre is at (ease 5, gain 12%) in the area's pixels
        assertThat(easyMarker.x() + easyMarker.width() / 2).isCloseTo(area.px(5), within(1e-9));
        assertThat(easyMarker.y() + easyMarker.height() / 2).isCloseTo(area.py(0.12), within(1e-9));
        // its whisker runs from the interval's low end (8%) to its high end (16%) at the same x
        Mark.Line whisker = whiskerAt(figure, area.px(5));
        assertThat(whisker.ys()).containsExactly(area.py(0.08), area.py(0.16));
        // ease 1 lies left of ease 5, and a larger gain lies higher (pixels grow downwards)
        Mark.Box hardMarker = marker(figure, hard);
        assertThat(hardMarker.x()).isLessThan(easyMarker.x());
        assertThat(hardMarker.y()).isGreaterThan(easyMarker.y());
        assertThat(texts(figure)).contains("hard", "easy");
    }

    @Test
    void ease5AndTheHighestIntervalEndKeepTheWholeMarkerInsideThePlotFrame() {
        PriorityFigure.Point top = new PriorityFigure.Point("top", new Proportion(0.2, 0.1, 0.3, false), 5);
        Figure figure = PriorityFigure.draw(List.of(top), WIDTH, HEIGHT);
        PlotArea area = PriorityFigure.area(List.of(top), WIDTH, HEIGHT);

        Mark.Box marker = marker(figure, top);
        assertThat(marker.x() + marker.width()).isLessThanOrEqualTo(area.right());
        assertThat(whiskerAt(figure, area.px(5)).ys()[1]).isGreaterThanOrEqualTo(area.top());
        FigureBounds.assertInside(figure);
    }

    @Test
    void withNoTagToPlaceTheFigureSaysWhatToSet() {
        Figure figure = PriorityFigure.draw(List.of(), WIDTH, HEIGHT);

        assertThat(String.join(" ", texts(figure)))
                .isEqualTo(
                        "Set a tag's human-level baseline and ease (right-click a tag → Baseline, ease, importance…) to place it here");
        FigureBounds.assertInside(figure);
        // a narrow figure wraps the words rather than cutting them
        Figure narrow = PriorityFigure.draw(List.of(), 200, HEIGHT);
        assertThat(String.join(" ", texts(narrow))).isEqualTo(String.join(" ", texts(figure)));
        FigureBounds.assertInside(narrow);
    }

    private static Mark.Box marker(Figure figure, PriorityFigure.Point point) {
        return figure.marks().stream()
                .filter(m -> m instanceof Mark.Box b && point.equals(b.key()) && b.fill() != null)
                .map(Mark.Box.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static Mark.Line whiskerAt(Figure figure, double x) {
        return figure.marks().stream()
                .filter(m -> m instanceof Mark.Line l
                        && l.xs().length == 2
                        && l.xs()[0] == x
                        && l.xs()[1] == x
                        && l.stroke().equals(Palette.TEXT))
                .map(Mark.Line.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts(Figure figure) {
        return figure.marks().stream()
                .filter(m -> m instanceof Mark.Text)
                .map(m -> ((Mark.Text) m).text())
                .toList();
    }
}
