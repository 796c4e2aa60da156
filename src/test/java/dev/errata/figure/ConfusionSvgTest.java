package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.metrics.ClassificationMetrics;
import dev.errata.metrics.ConfusionCounts;
import dev.errata.metrics.ConfusionMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionSvgTest {

    /**
     * By hand: 10 cats, 8 called cat and 2 dog; 5 dogs, 1 called cat and 4 dog. Shares of the row: 80% and
     * 20% for cats, 20% and 80% for dogs. Cats have the larger support, so they come first.
     */
    @Test
    void theSvgOfAKnownMatrixHoldsEachCellsCountAndShareInItsPlace() {
        ConfusionCounts counts = new ConfusionCounts(2);
        add(counts, 0, 0, 8);
        add(counts, 0, 1, 2);
        add(counts, 1, 0, 1);
        add(counts, 1, 1, 4);
        ConfusionMatrix matrix =
                ClassificationMetrics.of(List.of("cat", "dog"), counts).confusion();
        Figure figure = ConfusionFigure.draw(
                matrix,
                matrix.rowNormalised(),
                ConfusionFigure.width(matrix.classes()),
                ConfusionFigure.height(matrix.classes()));
        String svg = SvgDocument.of(figure, Palette.LIGHT);

        assertThat(svg).contains(">predicted →</text>", ">label ↓</text>");
        assertThat(count(svg, ">cat</text>"))
                .as("a header up the column and a label along the row")
                .isEqualTo(2);
        assertThat(count(svg, ">dog</text>")).isEqualTo(2);
        assertThat(count(svg, ">80.0%</text>")).isEqualTo(2);
        assertThat(count(svg, ">20.0%</text>")).isEqualTo(2);
        // cats right (8) top left, dogs called cats (1) below it, dogs right (4) beside that
        Mark.Text catRight = text(figure, "8");
        Mark.Text dogAsCat = text(figure, "1");
        Mark.Text dogRight = text(figure, "4");
        Mark.Text catAsDog = text(figure, "2");
        assertThat(dogAsCat.x()).isEqualTo(catRight.x());
        assertThat(dogAsCat.y()).isGreaterThan(catRight.y());
        assertThat(dogRight.y()).isEqualTo(dogAsCat.y());
        assertThat(dogRight.x()).isGreaterThan(dogAsCat.x()).isEqualTo(catAsDog.x());
        TextsApart.assertIn(figure);
        FigureBounds.assertInside(figure);
    }

    private static void add(ConfusionCounts counts, int trueClass, int predicted, int times) {
        for (int i = 0; i < times; i++) {
            counts.add(trueClass, predicted);
        }
    }

    private static Mark.Text text(Figure figure, String text) {
        return figure.marks().stream()
                .filter(m -> m instanceof Mark.Text t && t.text().equals(text))
                .map(Mark.Text.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static int count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }
}
