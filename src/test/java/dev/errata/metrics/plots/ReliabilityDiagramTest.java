package dev.errata.metrics.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityDiagramTest {

    /**
     * Two bins. [0, .5): scores .3 (positive) and .1 → mean .2, observed 1/2. [.5, 1]: .9 (pos), .8, .7 (pos),
     * .7 → mean .775, observed 1/2. ECE = 2/6 · |.5 − .2| + 4/6 · |.5 − .775| = .1 + .18333.
     */
    @Test
    void binsScoresByWidthAndWeighsTheGapsByRows() {
        ReliabilityDiagram diagram = ReliabilityDiagram.of(PlotFixture.OUTCOMES, 2);

        assertThat(diagram.rows()).isEqualTo(6);
        ReliabilityDiagram.Bin low = diagram.bins().get(0);
        ReliabilityDiagram.Bin high = diagram.bins().get(1);
        assertThat(low.rows()).isEqualTo(2);
        assertThat(low.meanScore()).isCloseTo(0.2, within(1e-12));
        assertThat(low.observed()).isEqualTo(0.5);
        assertThat(high.rows()).isEqualTo(4);
        assertThat(high.meanScore()).isCloseTo(0.775, within(1e-12));
        assertThat(diagram.expectedCalibrationError()).isCloseTo(0.1 + 4.0 / 6 * 0.275, within(1e-12));
        assertThat(ReliabilityDiagram.rows(PlotFixture.OUTCOMES, 2, 0).toArray())
                .containsExactly(4, 5);
    }

    @Test
    void anEmptyBinHasNoMeans() {
        ReliabilityDiagram.Bin empty =
                ReliabilityDiagram.of(PlotFixture.OUTCOMES, 10).bins().get(5);

        assertThat(empty.rows()).isZero();
        assertThat(empty.meanScore()).isNaN();
        assertThat(empty.low()).isEqualTo(0.5);
    }
}
