package dev.errata.metrics;

import static dev.errata.metrics.ReviewDraws.draw;
import static dev.errata.metrics.ReviewDraws.holds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * A second model's hand-tag estimates from a review drawn against the first model's errors: a thousand
 * reviews of one generated population whose tag, first-model errors and second-model errors are known on
 * every row. Stratified by the second model's outcome alone the reviewed rows are not a uniform draw (the
 * first model's errors are over-represented), and the intervals miss; split by the first model's outcome
 * too ({@link ReviewStrata#splitBy}), they hold the truth about 95% of the time.
 */
class OtherModelEstimateCoverageTest {

    private static final int ROWS = 6_000;
    private static final int DRAWS = 1_000;

    private record Population(ErrorRows first, ErrorRows second, RoaringBitmap tagged) {

        static Population generate(Random random) {
            RoaringBitmap first = new RoaringBitmap();
            RoaringBitmap second = new RoaringBitmap();
            RoaringBitmap tagged = new RoaringBitmap();
            for (int row = 0; row < ROWS; row++) {
                boolean tag = random.nextDouble() < 0.15;
                boolean firstWrong = random.nextDouble() < (tag ? 0.5 : 0.1);
                // the second model fixed most of the tag's errors and keeps most of the others
                double secondWrong = firstWrong ? (tag ? 0.2 : 0.7) : (tag ? 0.05 : 0.04);
                if (tag) {
                    tagged.add(row);
                }
                if (firstWrong) {
                    first.add(row);
                }
                if (random.nextDouble() < secondWrong) {
                    second.add(row);
                }
            }
            RoaringBitmap all = RoaringBitmap.bitmapOfRange(0, ROWS);
            return new Population(
                    new ErrorRows(all, first, Double.NaN), new ErrorRows(all, second, Double.NaN), tagged);
        }

        /** 40% of the first model's errors and 8% of its correct rows: a review tilted toward its errors. */
        RoaringBitmap review(Random random) {
            RoaringBitmap correct = RoaringBitmap.andNot(first.evaluable(), first.errors());
            RoaringBitmap reviewed = draw(random, first.errors(), first.errors().getCardinality() * 2 / 5);
            reviewed.or(draw(random, correct, correct.getCardinality() * 2 / 25));
            return reviewed;
        }

        TagMetrics truthOfSecond() {
            return TagMetrics.compute(List.of(TagInput.overAllRows("t", tagged, ROWS, 0.95)), second)
                    .get(0);
        }
    }

    private static final Population DATA = Population.generate(new Random(4_12_2026));

    @Test
    void splittingByTheReviewedModelsOutcomeGivesHonestIntervalsForTheOther() {
        ReviewStrata split =
                ReviewStrata.byOutcome(DATA.second()).splitBy(DATA.first().errors());
        double[] held = coverage(split);

        assertThat(held[0]).as("error rate in the tag").isBetween(0.93, 0.99);
        assertThat(held[1]).as("error share").isBetween(0.93, 0.99);
        assertThat(held[2]).as("prevalence").isBetween(0.93, 0.99);
        assertThat(held[3])
                .as("mean error rate, within 1 pp of the truth")
                .isCloseTo(truth().errorRate().value(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theSecondModelsOwnStrataAloneMissTheTruth() {
        double[] held = coverage(ReviewStrata.byOutcome(DATA.second()));

        assertThat(held[2])
                .as("prevalence, biased toward the first model's errors")
                .isLessThan(0.5);
    }

    private static TagMetrics truth() {
        return DATA.truthOfSecond();
    }

    /** The share of draws whose interval held the truth: error rate, error share, prevalence; then the mean error rate. */
    private static double[] coverage(ReviewStrata strata) {
        TagMetrics truth = truth();
        Random random = new Random(11);
        double[] held = new double[4];
        for (int draw = 0; draw < DRAWS; draw++) {
            RoaringBitmap reviewed = DATA.review(random);
            TagMetrics m = TagMetrics.compute(List.of(TagInput.reviewed("t", DATA.tagged(), reviewed, 0.95)), strata)
                    .get(0);
            held[0] += holds(m.errorRate(), truth.errorRate().value());
            held[1] += holds(m.errorShare(), truth.errorShare().value());
            held[2] += holds(m.prevalence(), truth.prevalence().value());
            held[3] += m.errorRate().value();
        }
        for (int i = 0; i < held.length; i++) {
            held[i] /= DRAWS;
        }
        return held;
    }
}
