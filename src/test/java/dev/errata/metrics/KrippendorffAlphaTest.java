package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /** Each row's answers: 1 yes, 0 no, -1 not reviewed. */
    private static Boolean[][] answers(int[]... rows) {
        Boolean[][] answers = new Boolean[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            answers[r] = new Boolean[rows[r].length];
            for (int a = 0; a < rows[r].length; a++) {
                answers[r][a] = rows[r][a] < 0 ? null : rows[r][a] == 1;
            }
        }
        return answers;
    }

    /**
     * Three analysts over twelve rows, each missing some (alice rows 0–9, bob 2–11, carol 0–5 and 8–11).
     * A Python transcription of Krippendorff's coincidence matrix (each ordered pair of a row's answers
     * weighted 1 / (m − 1); it gives 0.743 on his 2011 paper's four-coder example) gives
     * α = 0.22666666666666668 and a pairwise agreement of 0.5833333333333334.
     */
    @Test
    void equalsAnIndependentComputationOverRowsWithMissingAnswers() {
        KrippendorffAlpha alpha = KrippendorffAlpha.of(answers(
                new int[] {0, -1, 1},
                new int[] {0, -1, 0},
                new int[] {1, 1, 1},
                new int[] {1, 1, 1},
                new int[] {1, 0, 1},
                new int[] {0, 1, 0},
                new int[] {0, 0, -1},
                new int[] {0, 0, -1},
                new int[] {1, 1, 0},
                new int[] {0, 1, 1},
                new int[] {-1, 0, 1},
                new int[] {-1, 0, 0},
                new int[] {-1, -1, 1}));
        assertThat(alpha.value()).isCloseTo(0.22666666666666668, within(1e-12));
        assertThat(alpha.agreement()).isCloseTo(0.5833333333333334, within(1e-12));
        assertThat(alpha.rows()).as("the last row, one answer, pairs with none").isEqualTo(12);
        assertThat(alpha.low()).isLessThan(alpha.value());
        assertThat(alpha.high()).isGreaterThan(alpha.value());
        assertThat(alpha.name()).isEqualTo("alpha");
    }

    @Test
    void isUndefinedWhenEveryoneGaveOneAnswerOrNoRowHasTwo() {
        KrippendorffAlpha all = KrippendorffAlpha.of(answers(new int[] {0, 0, 0}, new int[] {0, -1, 0}));
        assertThat(all.value()).isNaN();
        assertThat(all.low()).isNaN();
        assertThat(all.undefinedBecause())
                .isEqualTo("all said no to every row, so chance alone explains the agreement");
        KrippendorffAlpha none = KrippendorffAlpha.of(answers(new int[] {1, -1, -1}));
        assertThat(none.undefinedBecause()).isEqualTo("no row reviewed by two or more");
        assertThat(none.rows()).isZero();
    }

    /**
     * Three raters who each flip a true yes-or-no (yes for 30% of rows) with chance e = 0.15: two raters
     * of a row differ with chance 2e(1 − e), and say yes with chance π = 0.3(1 − e) + 0.7e = 0.36, so the
     * true α = 1 − e(1 − e) / (π(1 − π)) = 0.4466145833. Over 400 seeded samples of 150 rows, a fifth of
     * each rater's answers missing, the bootstrap interval covers it near 95% of the time (a binomial
     * standard error of 1.1 percentage points).
     */
    @Test
    void theIntervalCoversTheTrueAlphaNinetyFivePercentOfTheTime() {
        double e = 0.15;
        double pi = 0.3 * (1 - e) + 0.7 * e;
        double trueAlpha = 1 - e * (1 - e) / (pi * (1 - pi));
        SplittableRandom random = new SplittableRandom(20261204);
        int samples = 400;
        int covered = 0;
        for (int s = 0; s < samples; s++) {
            Boolean[][] answers = new Boolean[150][3];
            for (Boolean[] row : answers) {
                boolean truth = random.nextDouble() < 0.3;
                for (int rater = 0; rater < 3; rater++) {
                    row[rater] = random.nextDouble() < 0.2 ? null : truth ^ random.nextDouble() < e;
                }
            }
            KrippendorffAlpha alpha = KrippendorffAlpha.of(answers);
            covered += alpha.low() <= trueAlpha && trueAlpha <= alpha.high() ? 1 : 0;
        }
        assertThat(covered / (double) samples).isBetween(0.92, 0.98);
    }
}
