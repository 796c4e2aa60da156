package dev.errata.metrics.plots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreCurvesTest {

    /**
     * From the highest score down (positives 3, negatives 3): .9 tp 1 fp 0; .8 tp 1 fp 1; .7 (a positive and
     * a negative tied) tp 2 fp 2; .3 tp 3 fp 2; .1 tp 3 fp 3.
     */
    @Test
    void onePointPerDistinctScoreFromTheHighest() {
        ScoreCurves curves = ScoreCurves.of(PlotFixture.OUTCOMES);

        assertThat(curves.positives()).isEqualTo(3);
        assertThat(curves.negatives()).isEqualTo(3);
        assertThat(curves.roc())
                .containsExactly(
                        new CurvePoint(Double.POSITIVE_INFINITY, 0, 0), new CurvePoint(0.9, 0, 1.0 / 3),
                        new CurvePoint(0.8, 1.0 / 3, 1.0 / 3), new CurvePoint(0.7, 2.0 / 3, 2.0 / 3),
                        new CurvePoint(0.3, 2.0 / 3, 1), new CurvePoint(0.1, 1, 1));
        assertThat(curves.precisionRecall())
                .containsExactly(
                        new CurvePoint(Double.POSITIVE_INFINITY, 0, 1), new CurvePoint(0.9, 1.0 / 3, 1),
                        new CurvePoint(0.8, 1.0 / 3, 0.5), new CurvePoint(0.7, 2.0 / 3, 0.5),
                        new CurvePoint(0.3, 1, 0.6), new CurvePoint(0.1, 1, 0.5));
    }
}
