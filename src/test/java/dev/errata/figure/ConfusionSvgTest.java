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
     * 20% for cats, 20% and 80% for dogs. Cats come first in class order.
     */
    @Test
    void theSvgOfAKnownMatrixHoldsEachCellsCountAndShareInItsPlace() {
        ConfusionMatrix matrix = catsAndDogs(8, 2, 1, 4);
        Figure figure = draw(matrix, matrix.classesInOrder());
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

    /**
     * By hand: 2 cats, both called cat; 9 dogs, 7 called dog and 2 cat. In class order the cats' row is on top
     * although the dogs are more; by support the dogs' row is.
     */
    @Test
    void theRowsFollowTheOrderGivenNotTheSupport() {
        ConfusionMatrix matrix = catsAndDogs(2, 0, 2, 7);

        Figure inClassOrder = draw(matrix, matrix.classesInOrder());
        Figure bySupport = draw(matrix, matrix.classesBySupport());

        assertThat(matrix.classesBySupport()).containsExactly(1, 0);
        // the cats' row holds a 2 at the left and nothing called dog, the dogs' row a 2 and a 7
        assertThat(text(inClassOrder, "7").y())
                .isGreaterThan(text(inClassOrder, "0").y());
        assertThat(text(bySupport, "7").y()).isLessThan(text(bySupport, "0").y());
    }

    private static Figure draw(ConfusionMatrix matrix, List<Integer> order) {
        return ConfusionFigure.draw(
                matrix,
                order,
                matrix.rowNormalised(),
                ConfusionFigure.width(matrix.classes()),
                ConfusionFigure.height(matrix.classes()));
    }

    private static ConfusionMatrix catsAndDogs(int catAsCat, int catAsDog, int dogAsCat, int dogAsDog) {
        ConfusionCounts counts = new ConfusionCounts(2);
        add(counts, 0, 0, catAsCat);
        add(counts, 0, 1, catAsDog);
        add(counts, 1, 0, dogAsCat);
        add(counts, 1, 1, dogAsDog);
        return ClassificationMetrics.of(List.of("cat", "dog"), counts).confusion();
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
