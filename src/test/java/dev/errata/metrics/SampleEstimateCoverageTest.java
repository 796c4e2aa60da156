package dev.errata.metrics;

import static dev.errata.metrics.ReviewDraws.draw;
import static dev.errata.metrics.ReviewDraws.holds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * The statistics of the hand-tag estimates: on a data set where the tag's truth is known on every row,
 * reviews drawn by several designs, a thousand seeds each. A 95% interval must hold the whole-data truth
 * in about 95% of the draws; the old count over the reviewed rows must not.
 */
class SampleEstimateCoverageTest {

    private static final int ROWS = 4_000;
    private static final int DRAWS = 1_000;
    private static final double BASELINE = 0.9;
    private static final String[] REGIONS = {"north", "south", "west"};
    private static final double[] REGION_SHARE = {0.5, 0.3, 0.2};
    private static final double[] ERROR_RATE = {0.08, 0.15, 0.25};
    /** The chance a row carries the tag, by region, for errors and for correct rows. */
    private static final double[] TAGGED_ERROR = {0.35, 0.2, 0.5};

    private static final double[] TAGGED_CORRECT = {0.04, 0.08, 0.02};

    private static final Population DATA = Population.generate(new Random(20261204));

    /** The generated rows: region, error, tag. */
    private record Population(Dataset dataset, ErrorRows errorRows, RoaringBitmap tagged, RoaringBitmap[] regions) {

        static Population generate(Random random) {
            String[] region = new String[ROWS];
            RoaringBitmap errors = new RoaringBitmap();
            RoaringBitmap tagged = new RoaringBitmap();
            RoaringBitmap[] regions = {new RoaringBitmap(), new RoaringBitmap(), new RoaringBitmap()};
            for (int row = 0; row < ROWS; row++) {
                double u = random.nextDouble();
                int r = u < REGION_SHARE[0] ? 0 : u < REGION_SHARE[0] + REGION_SHARE[1] ? 1 : 2;
                region[row] = REGIONS[r];
                regions[r].add(row);
                boolean error = random.nextDouble() < ERROR_RATE[r];
                if (error) {
                    errors.add(row);
                }
                if (random.nextDouble() < (error ? TAGGED_ERROR[r] : TAGGED_CORRECT[r])) {
                    tagged.add(row);
                }
            }
            Dataset dataset =
                    new DatasetBuilder("coverage").categorical("region", region).build();
            return new Population(
                    dataset, new ErrorRows(RoaringBitmap.bitmapOfRange(0, ROWS), errors, Double.NaN), tagged, regions);
        }

        RoaringBitmap correct() {
            return RoaringBitmap.andNot(errorRows.evaluable(), errorRows.errors());
        }

        /** The truth of the whole data, counted. */
        TagMetrics truth() {
            return TagMetrics.compute(List.of(TagInput.overAllRows("t", tagged, ROWS, BASELINE)), errorRows)
                    .get(0);
        }
    }

    /** A review design: which rows one seed reviews. */
    private interface Design extends Function<Random, RoaringBitmap> {}

    /** The share of draws whose interval holds the truth, per metric. */
    private record Coverage(
            double prevalence,
            double errorShare,
            double errorRate,
            double gain,
            double naivePrevalence,
            double naiveErrorRate) {}

    private static Coverage coverage(Design design, ReviewStrata strata) {
        TagMetrics truth = DATA.truth();
        int[] held = new int[6];
        Random random = new Random(7);
        for (int draw = 0; draw < DRAWS; draw++) {
            RoaringBitmap reviewed = design.apply(random);
            TagMetrics m = TagMetrics.compute(
                            List.of(TagInput.reviewed("t", DATA.tagged(), reviewed, BASELINE)), strata)
                    .get(0);
            held[0] += holds(m.prevalence(), truth.prevalence().value());
            held[1] += holds(m.errorShare(), truth.errorShare().value());
            held[2] += holds(m.errorRate(), truth.errorRate().value());
            held[3] += holds(m.potentialGain(), truth.potentialGain().value());
            // what the metrics did before: a count over the reviewed rows as if they were the data
            TagMetrics naive = TagMetrics.compute(
                            List.of(new TagInput("t", DATA.tagged(), reviewed, BASELINE, false)), DATA.errorRows())
                    .get(0);
            held[4] += holds(naive.prevalence(), truth.prevalence().value());
            held[5] += holds(naive.errorRate(), truth.errorRate().value());
        }
        return new Coverage(
                (double) held[0] / DRAWS,
                (double) held[1] / DRAWS,
                (double) held[2] / DRAWS,
                (double) held[3] / DRAWS,
                (double) held[4] / DRAWS,
                (double) held[5] / DRAWS);
    }

    private static void assertAbout95(double coverage, String what) {
        // 1,000 draws: a true 95% lands in [93.4%, 96.4%] with 95% chance; the methods lean conservative
        assertThat(coverage).as(what).isBetween(0.93, 0.99);
    }

    @Test
    void errorsOverSampledGiveIntervalsThatHoldTheWholeDataTruth() {
        Design errorsFirst = random ->
                RoaringBitmap.or(draw(random, DATA.errorRows().errors(), 120), draw(random, DATA.correct(), 80));
        Coverage c = coverage(errorsFirst, ReviewStrata.byOutcome(DATA.errorRows()));

        assertAbout95(c.prevalence(), "prevalence");
        assertAbout95(c.errorShare(), "error share");
        assertAbout95(c.errorRate(), "error rate");
        assertAbout95(c.gain(), "potential gain");
        assertThat(c.naivePrevalence()).as("a count over the reviewed rows").isLessThan(0.05);
        assertThat(c.naiveErrorRate()).as("a count over the reviewed rows").isLessThan(0.05);
    }

    @Test
    void aUniformSampleGivesIntervalsThatHoldTheWholeDataTruth() {
        Design uniform = random -> draw(random, DATA.errorRows().evaluable(), 400);
        Coverage c = coverage(uniform, ReviewStrata.byOutcome(DATA.errorRows()));

        assertAbout95(c.prevalence(), "prevalence");
        assertAbout95(c.errorShare(), "error share");
        assertAbout95(c.errorRate(), "error rate");
        assertAbout95(c.gain(), "potential gain");
    }

    @Test
    void aSampleStratifiedByASliceGivesIntervalsThatHoldTheWholeDataTruth() {
        // the same count from each region and kind, so a west row weighs far less than a north one
        Design byRegion = random -> {
            List<RoaringBitmap> parts = new ArrayList<>();
            for (RoaringBitmap region : DATA.regions()) {
                parts.add(
                        draw(random, RoaringBitmap.and(region, DATA.errorRows().errors()), 40));
                parts.add(draw(random, RoaringBitmap.and(region, DATA.correct()), 40));
            }
            return RoaringBitmap.or(parts.iterator());
        };
        ReviewStrata strata = ReviewStrata.byOutcomeAnd(
                DATA.errorRows(), RowGroups.of(DATA.dataset(), "region", MetricsSettings.DEFAULT_BINS));
        Coverage c = coverage(byRegion, strata);

        assertAbout95(c.prevalence(), "prevalence");
        assertAbout95(c.errorShare(), "error share");
        assertAbout95(c.errorRate(), "error rate");
        assertAbout95(c.gain(), "potential gain");
    }

    @Test
    void aQueueDrawnByTheSamplerAndReviewedTwoThirdsOfTheWayGivesIntervalsThatHoldTheTruth() {
        // 150 errors and 90 correct rows by region; the analyst has reviewed the first 160 rows of the queue
        ReviewStrata strata = ReviewStrata.byOutcomeAnd(
                DATA.errorRows(), RowGroups.of(DATA.dataset(), "region", MetricsSettings.DEFAULT_BINS));
        Design queuePrefix = random -> {
            List<Integer> queue = ReviewSampler.draw(strata, 150, 90, "region", random.nextLong())
                    .rows();
            RoaringBitmap reviewed = new RoaringBitmap();
            queue.subList(0, 160).forEach(reviewed::add);
            return reviewed;
        };
        Coverage c = coverage(queuePrefix, strata);

        assertAbout95(c.prevalence(), "prevalence");
        assertAbout95(c.errorShare(), "error share");
        assertAbout95(c.errorRate(), "error rate");
        assertAbout95(c.gain(), "potential gain");
        assertThat(c.naivePrevalence()).as("a count over the reviewed rows").isLessThan(0.05);
    }

    @Test
    void reviewingOnlyErrorsGivesUnknownsNotACertainHundredPercent() {
        Random random = new Random(11);
        ReviewStrata strata = ReviewStrata.byOutcome(DATA.errorRows());
        for (int draw = 0; draw < 100; draw++) {
            RoaringBitmap reviewed = draw(random, DATA.errorRows().errors(), 150);
            TagMetrics m = TagMetrics.compute(
                            List.of(TagInput.reviewed("t", DATA.tagged(), reviewed, BASELINE)), strata)
                    .get(0);
            assertThat(m.errorRate().isKnown()).isFalse();
            assertThat(m.prevalence().isKnown()).isFalse();
            assertThat(m.potentialGain().isKnown()).isFalse();
            assertThat(m.errorShare().isKnown()).isTrue();
            assertThat(m.review().unknown()).startsWith("review some correct rows: 0 of ");
        }
    }
}
