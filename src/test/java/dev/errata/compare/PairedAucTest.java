package dev.errata.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * DeLong's paired AUC difference: its AUCs and variance against the definitions computed pair by pair
 * (O(m·n), independent of the midrank shortcut), and its interval's coverage over many draws of a binormal
 * model whose true AUCs are known in closed form.
 */
class PairedAucTest {

    /** Placement values and variance straight from DeLong's definitions, with ψ = 1, ½, 0. */
    private static double[] byDefinition(boolean[] positive, double[] a, double[] b) {
        int m = 0;
        for (boolean p : positive) {
            m += p ? 1 : 0;
        }
        int n = positive.length - m;
        double[][] v10 = new double[2][m];
        double[][] v01 = new double[2][n];
        double[][] s = {a, b};
        for (int model = 0; model < 2; model++) {
            int i = 0;
            for (int r = 0; r < positive.length; r++) {
                if (!positive[r]) {
                    continue;
                }
                int j = 0;
                for (int q = 0; q < positive.length; q++) {
                    if (positive[q]) {
                        continue;
                    }
                    double psi = s[model][r] > s[model][q] ? 1 : s[model][r] == s[model][q] ? 0.5 : 0;
                    v10[model][i] += psi / n;
                    v01[model][j] += psi / m;
                    j++;
                }
                i++;
            }
        }
        double auc0 = mean(v10[0]);
        double auc1 = mean(v10[1]);
        double var = (var(v10[0]) + var(v10[1]) - 2 * cov(v10[0], v10[1])) / m
                + (var(v01[0]) + var(v01[1]) - 2 * cov(v01[0], v01[1])) / n;
        return new double[] {auc0, auc1, var};
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double cov(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }

    private static double var(double[] x) {
        return cov(x, x);
    }

    @Test
    void equalsTheDefinitionsWithTies() {
        Random random = new Random(3);
        int rows = 300;
        boolean[] positive = new boolean[rows];
        double[] a = new double[rows];
        double[] b = new double[rows];
        for (int r = 0; r < rows; r++) {
            positive[r] = random.nextDouble() < 0.3;
            // scores rounded to one decimal: many ties, within and across the classes
            a[r] = Math.round((random.nextGaussian() + (positive[r] ? 1 : 0)) * 10) / 10.0;
            b[r] = Math.round((0.6 * a[r] + random.nextGaussian() + (positive[r] ? 0.5 : 0)) * 10) / 10.0;
        }
        double[] expected = byDefinition(positive, a, b);

        PairedAuc paired = PairedAuc.of(positive, a, b);

        assertThat(paired.first()).isCloseTo(expected[0], within(1e-12));
        assertThat(paired.second()).isCloseTo(expected[1], within(1e-12));
        double se = Math.sqrt(expected[2]);
        assertThat(paired.difference().high() - paired.difference().value())
                .isCloseTo(1.959963984540054 * se, within(1e-12));
        assertThat(paired.pValue())
                .isCloseTo(
                        2 * new NormalDistribution().cumulativeProbability(-Math.abs(expected[1] - expected[0]) / se),
                        within(1e-12));
    }

    /**
     * Binormal scores: negatives N(0, 1), positives N(μ, 1), so the true AUC is Φ(μ / √2); the two models'
     * scores share a common part, so their AUCs are correlated as on real paired data. The 95% interval of
     * the difference must hold the true difference in about 95% of 1,000 draws.
     */
    @Test
    void theIntervalHoldsTheTrueDifferenceAbout95PercentOfTheTime() {
        double muA = 1.0;
        double muB = 1.4;
        NormalDistribution normal = new NormalDistribution();
        double truth =
                normal.cumulativeProbability(muB / Math.sqrt(2)) - normal.cumulativeProbability(muA / Math.sqrt(2));
        Random random = new Random(41);
        int draws = 1000;
        int held = 0;
        for (int d = 0; d < draws; d++) {
            int rows = 400;
            boolean[] positive = new boolean[rows];
            double[] a = new double[rows];
            double[] b = new double[rows];
            for (int r = 0; r < rows; r++) {
                positive[r] = random.nextDouble() < 0.35;
                double shared = random.nextGaussian();
                // each score N(0, 1) around its class mean: √0.6 shared, √0.4 its own
                a[r] = (positive[r] ? muA : 0) + Math.sqrt(0.6) * shared + Math.sqrt(0.4) * random.nextGaussian();
                b[r] = (positive[r] ? muB : 0) + Math.sqrt(0.6) * shared + Math.sqrt(0.4) * random.nextGaussian();
            }
            PairedDifference diff = PairedAuc.of(positive, a, b).difference();
            held += diff.low() <= truth && truth <= diff.high() ? 1 : 0;
        }
        // 1,000 draws: a true 95% lands in [93.4%, 96.4%] with 95% chance
        assertThat(held / (double) draws).isBetween(0.93, 0.97);
    }

    @Test
    void aClassWithoutRowsLeavesEveryFigureUndefined() {
        PairedAuc none = PairedAuc.of(new boolean[] {true, true}, new double[] {0.2, 0.4}, new double[] {0.1, 0.3});

        assertThat(none.first()).isNaN();
        assertThat(none.difference().value()).isNaN();
    }
}
