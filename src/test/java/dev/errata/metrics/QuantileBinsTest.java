package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantileBinsTest {

    @Test
    void tenValuesFallIntoFiveBinsOfTwo() {
        // edges at sorted[0, 2, 4, 6, 8] and the maximum: 1, 3, 5, 7, 9, 10
        QuantileBins bins = QuantileBins.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1, Double.NaN}, 5);

        assertThat(bins.labels()).containsExactly("[1, 3)", "[3, 5)", "[5, 7)", "[7, 9)", "[9, 10]");
        assertThat(bins.binOf(1)).isZero();
        assertThat(bins.binOf(2)).isZero();
        assertThat(bins.binOf(3)).isEqualTo(1);
        assertThat(bins.binOf(9)).isEqualTo(4);
        assertThat(bins.binOf(10)).isEqualTo(4);
    }

    @Test
    void fractionsAreLabelledWithTwoDecimals() {
        QuantileBins bins = QuantileBins.of(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0}, 5);

        assertThat(bins.labels())
                .containsExactly("[0.10, 0.30)", "[0.30, 0.50)", "[0.50, 0.70)", "[0.70, 0.90)", "[0.90, 1.00]");
    }

    @Test
    void closeEdgesGetMoreDecimals() {
        QuantileBins bins = QuantileBins.of(new double[] {0.801, 0.802, 0.803}, 2);

        assertThat(bins.labels()).containsExactly("[0.801, 0.802)", "[0.802, 0.803]");
    }

    @Test
    void tiesMergeBins() {
        // 12 values, 5 bins: sorted[0, 2, 4, 7, 9] = 0, 0, 0, 2, 4 and the maximum 6 → edges 0, 2, 4, 6
        QuantileBins bins = QuantileBins.of(new double[] {0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6}, 5);

        assertThat(bins.labels()).containsExactly("[0, 2)", "[2, 4)", "[4, 6]");
        assertThat(bins.binOf(1)).isZero();
        assertThat(bins.binOf(6)).isEqualTo(2);
    }

    @Test
    void fewDistinctValuesAreEachTheirOwnBin() {
        QuantileBins bins = QuantileBins.of(new double[] {2.5, 1, 2.5, 1, 1}, 5);

        assertThat(bins.labels()).containsExactly("1.00", "2.50");
        assertThat(bins.binOf(2.5)).isEqualTo(1);
    }
}
