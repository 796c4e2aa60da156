package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.metrics.plots.Extent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The axes drawn around a plot area in a small panel: every text apart from every other and inside the panel. */
class PlotAreaTest {

    private static final double WIDTH = 300;
    private static final double HEIGHT = 200;

    static Stream<Arguments> extents() {
        return Stream.of(
                Arguments.of(new Extent(0, 1), new Extent(0, 1)),
                Arguments.of(new Extent(0, 1_234_567), new Extent(-0.5, 0.5)),
                Arguments.of(new Extent(-0.0031, 0.0072), new Extent(0, 123_456_789)),
                Arguments.of(new Extent(1e9, 1e9 + 5e5), new Extent(-3_456_789, 1_234_567)));
    }

    @ParameterizedTest
    @MethodSource("extents")
    void inASmallPanelNoTextOfTheAxesTouchesAnotherOrLeavesThePanel(Extent x, Extent y) {
        PlotArea area = PlotArea.inside(WIDTH, HEIGHT, x, y);
        List<Mark.Text> texts = axes(area, "residual against the price of the house in euros at the time of the sale");

        TextsApart.assertIn(new Figure(WIDTH, HEIGHT, List.copyOf(texts)));
        assertThat(texts.stream().filter(t -> t.anchor() == Mark.Anchor.MIDDLE && t.y() < HEIGHT - 20))
                .as("x tick labels")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(texts.stream().filter(t -> t.anchor() == Mark.Anchor.END))
                .as("y tick labels")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void wideYLabelsWidenTheLeftMarginAndNarrowOnesKeepIt() {
        PlotArea narrow = PlotArea.inside(WIDTH, HEIGHT, new Extent(0, 1), new Extent(0, 1));
        PlotArea wide = PlotArea.inside(WIDTH, HEIGHT, new Extent(0, 1), new Extent(0, 123_456_789));

        assertThat(narrow.left()).isEqualTo(58);
        assertThat(wide.left()).isGreaterThan(58);
        assertThat(axes(wide, "t").stream()
                        .filter(t -> t.anchor() == Mark.Anchor.END)
                        .mapToDouble(t -> t.box().x())
                        .min()
                        .orElseThrow())
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void aTitleTooLongForThePanelIsShortenedAndHintsItsWholeText() {
        String title = "residual against the price of the house in euros at the time of the sale";
        List<Mark> marks = new ArrayList<>();
        PlotArea.inside(WIDTH, HEIGHT, new Extent(0, 1), new Extent(0, 1)).drawAxes(marks, title, "x", "");

        assertThat(marks)
                .filteredOn(m -> m instanceof Mark.Text t && t.bold())
                .singleElement()
                .satisfies(m -> assertThat(((Mark.Text) m).text())
                        .contains("…")
                        .startsWith("res")
                        .endsWith("sale"));
        assertThat(new Figure(WIDTH, HEIGHT, marks).hintAt(80, 12)).contains(title);
    }

    private static List<Mark.Text> axes(PlotArea area, String title) {
        List<Mark> marks = new ArrayList<>();
        area.drawAxes(marks, title, "the price of the house in euros at the time of the sale", "");
        return marks.stream()
                .filter(m -> m instanceof Mark.Text)
                .map(Mark.Text.class::cast)
                .toList();
    }
}
