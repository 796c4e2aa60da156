package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
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

    @Test
    void edgesAreTheOrderStatisticsOfTheSortedColumn() {
        // the edges the definition gives: sorted[i·n/bins] for each bin and the maximum, found here by a full sort
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(5000);
            double[] values = new double[n];
            for (int row = 0; row < n; row++) {
                values[row] = switch (trial % 5) {
                    case 0 -> random.nextGaussian();
                    case 1 -> Math.exp(random.nextDouble() * 40); // skewed: most values in a few buckets of the range
                    case 2 -> random.nextInt(30); // heavy ties
                    case 3 -> random.nextDouble() < 0.1 ? Double.NaN : -random.nextDouble();
                    default -> random.nextDouble() < 0.01 ? 1e300 * (random.nextBoolean() ? 1 : -1) : row;
                };
            }
            int bins = 2 + random.nextInt(15);
            double[] sorted =
                    Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
            if (sorted.length == 0 || Arrays.stream(sorted).distinct().count() <= bins) {
                continue;
            }
            double[] edges = new double[bins + 1];
            for (int i = 0; i < bins; i++) {
                edges[i] = sorted[(int) ((long) i * sorted.length / bins)];
            }
            edges[bins] = sorted[sorted.length - 1];
            double[] expected = Arrays.stream(edges).distinct().toArray();

            QuantileBins found = QuantileBins.of(values, bins);

            assertThat(found.eachValue()).isFalse();
            double[] actual = new double[found.binCount() + 1];
            for (int bin = 0; bin < found.binCount(); bin++) {
                actual[bin] = found.low(bin);
            }
            actual[found.binCount()] = found.high(found.binCount() - 1);
            assertThat(actual).as("trial %d", trial).containsExactly(expected);
        }
    }
}
