package dev.errata.compare;

import static dev.errata.metrics.ReviewDraws.draw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.ReviewStrata;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * A hand tag's accuracy difference between two models, estimated from a review drawn against the first
 * model's errors: checked by hand on a small sample, and by the coverage of its interval over a thousand
 * reviews of a population whose truth is known on every row.
 */
class SampledDifferenceTest {

    private static final RoaringBitmap ALL = RoaringBitmap.bitmapOfRange(0, 20);

    /*
     * Twenty rows: 0–9 the first model's errors, 10–19 its correct rows. Reviewed: 0–4 (half the errors) and
     * 10, 11 (a fifth of the correct rows). Tagged among them: 0, 1, 2, 10. The second model is wrong on 2 and
     * 10 only: it fixed 0 and 1, broke 10. Error stratum: N 10, n 5, t̄ 3/5, d̄ 2/5; correct stratum: N 10, n 2,
     * t̄ 1/2, d̄ −1/2. R = (10·2/5 − 10·1/2) / (10·3/5 + 10·1/2) = (4 − 5) / 11 = −1/11.
     * z = d − R t: errors (1 + 1/11, 1 + 1/11, 1/11, 0, 0), variance 0.3008…; correct (−1 + 1/11, 0), 0.4132….
     * Var = (10² · ½ · s²ₑ / 5 + 10² · ⅘ · s²꜀ / 2) / 11².
     */
    @Test
    void theRatioAndItsVarianceByHand() {
        ErrorRows first = new ErrorRows(ALL, RoaringBitmap.bitmapOfRange(0, 10), Double.NaN);
        ErrorRows second = new ErrorRows(ALL, RoaringBitmap.bitmapOf(2, 10), Double.NaN);
        RoaringBitmap reviewed = RoaringBitmap.bitmapOf(0, 1, 2, 3, 4, 10, 11);
        RoaringBitmap tagged = RoaringBitmap.bitmapOf(0, 1, 2, 10);

        PairedOutcomes paired = SampledDifference.of(ReviewStrata.byOutcome(first), reviewed, tagged, first, second);

        double r = -1.0 / 11;
        double[] zErrors = {1 - r, 1 - r, -r, 0, 0};
        double[] zCorrect = {-1 - r, 0};
        double variance = (100 * 0.5 * variance(zErrors) / 5 + 100 * 0.8 * variance(zCorrect) / 2) / (11.0 * 11.0);
        assertThat(paired.accuracyDifference().value()).isCloseTo(r, within(1e-15));
        assertThat(paired.accuracyDifference().high() - r)
                .isCloseTo(1.959963984540054 * Math.sqrt(variance), within(1e-12));
        assertThat(paired.fixed()).as("counted over the reviewed rows").isEqualTo(2);
        assertThat(paired.broken()).isEqualTo(1);
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (x.length - 1);
    }

    @Test
    void aStratumWithRowsButNoReviewedRowLeavesItUnknown() {
        ErrorRows first = new ErrorRows(ALL, RoaringBitmap.bitmapOfRange(0, 10), Double.NaN);
        PairedOutcomes paired = SampledDifference.of(
                ReviewStrata.byOutcome(first), RoaringBitmap.bitmapOf(0, 1), RoaringBitmap.bitmapOf(0), first, first);

        assertThat(paired.accuracyDifference().value()).isNaN();
    }

    /**
     * 6,000 rows; a tag on 15%; the first model wrong on half the tag and a tenth elsewhere; the second fixed
     * most of the tag's errors. Reviews of 40% of the first model's errors and 8% of its correct rows: the 95%
     * interval must hold the whole-data difference about 95% of the time, which a count over the reviewed
     * rows, tilted toward the first model's errors, does not.
     */
    @Test
    void theIntervalHoldsTheWholeDataDifferenceAbout95PercentOfTheTime() {
        Random random = new Random(20261204);
        int rows = 6000;
        RoaringBitmap all = RoaringBitmap.bitmapOfRange(0, rows);
        RoaringBitmap tagged = new RoaringBitmap();
        RoaringBitmap firstWrong = new RoaringBitmap();
        RoaringBitmap secondWrong = new RoaringBitmap();
        for (int row = 0; row < rows; row++) {
            boolean tag = random.nextDouble() < 0.15;
            boolean wrong = random.nextDouble() < (tag ? 0.5 : 0.1);
            if (tag) {
                tagged.add(row);
            }
            if (wrong) {
                firstWrong.add(row);
            }
            if (random.nextDouble() < (wrong ? (tag ? 0.2 : 0.7) : (tag ? 0.05 : 0.04))) {
                secondWrong.add(row);
            }
        }
        ErrorRows first = new ErrorRows(all, firstWrong, Double.NaN);
        ErrorRows second = new ErrorRows(all, secondWrong, Double.NaN);
        double truth =
                (RoaringBitmap.andCardinality(tagged, firstWrong) - RoaringBitmap.andCardinality(tagged, secondWrong))
                        / (double) tagged.getCardinality();
        ReviewStrata design = ReviewStrata.byOutcome(first);
        RoaringBitmap correct = RoaringBitmap.andNot(all, firstWrong);
        int draws = 1000;
        int held = 0;
        int countHeld = 0;
        for (int d = 0; d < draws; d++) {
            RoaringBitmap reviewed = draw(random, firstWrong, firstWrong.getCardinality() * 2 / 5);
            reviewed.or(draw(random, correct, correct.getCardinality() * 2 / 25));
            PairedDifference estimated = SampledDifference.of(design, reviewed, tagged, first, second)
                    .accuracyDifference();
            held += estimated.low() <= truth && truth <= estimated.high() ? 1 : 0;
            PairedDifference counted = PairedOutcomes.of(RoaringBitmap.and(tagged, reviewed), first, second)
                    .accuracyDifference();
            countHeld += counted.low() <= truth && truth <= counted.high() ? 1 : 0;
        }
        assertThat(held / (double) draws).isBetween(0.93, 0.97);
        assertThat(countHeld / (double) draws).isLessThan(0.5);
    }
}
