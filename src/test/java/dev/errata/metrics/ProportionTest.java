package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionTest {

    @Test
    void fiveOfTenHasTheWilsonInterval() {
        // p = .5, z² = 3.841459, centre = .5; half = z / (1 + z²/10) * sqrt(.025 + z²/400)
        //   = 1.959964 / 1.384146 * sqrt(.034604) = 1.416008 * .186020 = .26341
        Proportion half = Proportion.of(5, 10);

        assertThat(half.value()).isEqualTo(0.5);
        assertThat(half.low()).isCloseTo(0.2366, within(1e-4));
        assertThat(half.high()).isCloseTo(0.7634, within(1e-4));
        assertThat(half.smallSample()).isTrue();
    }

    @Test
    void noneOfFortyHasAnIntervalAboveZero() {
        // p = 0: centre = (z²/80) / (1 + z²/40) = .048018 / 1.096037 = .043811;
        // half = z / 1.096037 * sqrt(z² / 6400) = 1.788227 * .024500 = .043811, so [0, .087622]
        Proportion none = Proportion.of(0, 40);

        assertThat(none.low()).isCloseTo(0, within(1e-9));
        assertThat(none.high()).isCloseTo(0.087622, within(1e-5));
        assertThat(none.smallSample()).isFalse();
    }

    @Test
    void anEmptyDenominatorIsUndefined() {
        Proportion empty = Proportion.of(0, 0);

        assertThat(empty.value()).isNaN();
        assertThat(empty.low()).isNaN();
        assertThat(empty.high()).isNaN();
        assertThat(empty.smallSample()).isTrue();
    }

    @Test
    void theComplementCountsTheOtherRows() {
        // 3 errors of 12 rows: accuracy 9/12 = .75
        assertThat(Proportion.of(3, 12).complement().value()).isEqualTo(0.75);
    }

    @Test
    void theCorrectedWilsonIntervalMatchesNewcombesPublishedLimits() {
        // Newcombe, "Two-sided confidence intervals for the single proportion", Stat Med 1998, method 4
        double[] a = Proportion.wilsonCorrected(81.0 / 263, 263);
        assertThat(a[0]).isCloseTo(0.2535, within(1e-4));
        assertThat(a[1]).isCloseTo(0.3682, within(1e-4));
        double[] b = Proportion.wilsonCorrected(15.0 / 148, 148);
        assertThat(b[0]).isCloseTo(0.0598, within(1e-4));
        assertThat(b[1]).isCloseTo(0.1644, within(1e-4));
        double[] none = Proportion.wilsonCorrected(0, 20);
        assertThat(none[0]).isZero();
        assertThat(none[1]).isCloseTo(0.2005, within(1e-4));
    }

    @Test
    void anInfiniteEffectiveSizeGivesThePointItself() {
        assertThat(Proportion.wilsonCorrected(0.3, Double.POSITIVE_INFINITY)).containsExactly(0.3, 0.3);
    }
}
