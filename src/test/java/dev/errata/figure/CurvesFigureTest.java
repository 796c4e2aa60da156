package dev.errata.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.plots.CurvePoint;
import dev.errata.metrics.plots.ScoreCurves;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurvesFigureTest {

    /**
     * A threshold below every score predicts everything positive: tp 2, fp 2, tn 0, fn 0, so fpr = tpr = 1 and
     * recall 1, precision 0.5. Its dot on the ROC curve sits in the top right corner of the plot.
     */
    @Test
    void theThresholdsDotInACornerOfThePlotStaysWholeInsideItsFrame() {
        ScoreCurves curves = new ScoreCurves(
                List.of(new CurvePoint(Double.POSITIVE_INFINITY, 0, 0), new CurvePoint(0.1, 1, 1)),
                List.of(new CurvePoint(Double.POSITIVE_INFINITY, 0, 1), new CurvePoint(0.1, 1, 0.5)),
                2,
                2);
        Figure figure = CurvesFigure.draw(curves, BinaryRates.of(2, 2, 0, 0), 800, 400);

        List<Mark.Box> frames = figure.marks().stream()
                .filter(m -> m instanceof Mark.Box b && Palette.GRID.equals(b.stroke()))
                .map(Mark.Box.class::cast)
                .toList();
        List<Mark.Box> dots = figure.marks().stream()
                .filter(m -> m instanceof Mark.Box b && Palette.ERROR.equals(b.fill()))
                .map(Mark.Box.class::cast)
                .toList();
        assertThat(dots).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Bounds frame = new Bounds(
                    frames.get(i).x(),
                    frames.get(i).y(),
                    frames.get(i).width(),
                    frames.get(i).height());
            Mark.Box dot = dots.get(i);
            assertThat(frame.contains(new Bounds(dot.x(), dot.y(), dot.width(), dot.height())))
                    .as("dot %d in its frame", i)
                    .isTrue();
        }
        FigureBounds.assertInside(figure);
    }
}
