package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class TagMetricsTest {

    /** Ten rows; row 9 has no label, rows 0–3 are errors. */
    private static final ErrorRows ERRORS =
            new ErrorRows(RoaringBitmap.bitmapOfRange(0, 9), RoaringBitmap.bitmapOf(0, 1, 2, 3), Double.NaN);

    private static final RoaringBitmap MEMBERS = RoaringBitmap.bitmapOf(0, 1, 4, 5, 9);

    @Test
    void aRuleTagIsMeasuredOverAllEvaluableRows() {
        // N = 9, E = 4, T = {0,1,4,5} = 4, T∩E = {0,1} = 2
        TagMetrics tag = TagMetrics.compute(List.of(TagInput.overAllRows("noise", MEMBERS, 10, 0.9)), ERRORS)
                .get(0);

        assertThat(tag.scopeRows()).isEqualTo(9);
        assertThat(tag.count()).isEqualTo(4);
        assertThat(tag.errors()).isEqualTo(2);
        assertThat(tag.prevalence().value()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(tag.errorShare().value()).isEqualTo(0.5);
        assertThat(tag.errorRate().value()).isEqualTo(0.5);
        assertThat(tag.accuracy().value()).isEqualTo(0.5);
        // headroom = .9 − .5 = .4; gain = .4 × 4/9 = .177…; lift = .5 / (4/9) = 1.125
        assertThat(tag.headroom().value()).isCloseTo(0.4, within(1e-12));
        assertThat(tag.potentialGain().value()).isCloseTo(0.4 * 4 / 9, within(1e-12));
        assertThat(tag.estimate()).isEqualTo(TagEstimate.ALL_ROWS);
        assertThat(tag.review()).isNull();
        assertThat(tag.lift()).isCloseTo(1.125, within(1e-12));
        assertThat(tag.errorRate().smallSample()).isTrue();
    }

    @Test
    void aHandTagIsEstimatedForAllRowsWeightingEachReviewedRowByItsStratum() {
        // errors {0,1,2,3}: reviewed {0,1,2}, tagged {0,1}, so each stands for 4/3 errors; correct rows
        // {4..8}: reviewed {4}, tagged, standing for all 5. |T| ≈ 4·2/3 + 5·1 = 23/3 of N = 9 rows;
        // |T∩E| ≈ 8/3. A plain count over the four reviewed rows would say prevalence 3/4, error rate 2/3.
        RoaringBitmap reviewed = RoaringBitmap.bitmapOf(0, 1, 2, 4);
        TagMetrics tag = TagMetrics.compute(List.of(TagInput.reviewed("blurry", MEMBERS, reviewed, 0.9)), ERRORS)
                .get(0);

        assertThat(tag.estimate()).isEqualTo(TagEstimate.SAMPLE);
        assertThat(tag.prevalence().value()).isCloseTo(23.0 / 27, within(1e-12));
        assertThat(tag.errorShare().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(tag.errorRate().value()).isCloseTo(8.0 / 23, within(1e-12));
        assertThat(tag.accuracy().value()).isCloseTo(15.0 / 23, within(1e-12));
        // headroom .9 − 15/23; gain = headroom × prevalence = 4/9·.9·2/3 − 5/9·.1·1
        assertThat(tag.headroom().value()).isCloseTo(0.9 - 15.0 / 23, within(1e-12));
        assertThat(tag.potentialGain().value())
                .isCloseTo(tag.headroom().value() * tag.prevalence().value(), within(1e-12))
                .isCloseTo(0.4 * 2 / 3 - 5.0 / 90, within(1e-12));
        assertThat(tag.review())
                .isEqualTo(new SampleReview(
                        4, 3, 1, "", tag.review().moreErrors(), tag.review().moreCorrect()));
        assertThat(tag.count()).as("reviewed rows carrying the tag").isEqualTo(3);
        for (Proportion p : List.of(tag.prevalence(), tag.errorShare(), tag.errorRate(), tag.potentialGain())) {
            assertThat(p.low()).isLessThanOrEqualTo(p.value());
            assertThat(p.high()).isGreaterThanOrEqualTo(p.value());
        }
    }

    @Test
    void aSampleOfLargerDataIsWeightedByTheStratumSizesItsDesignRecorded() {
        // the nine rows are a sample of 9,900: 400 errors and 9,500 correct rows. Reviewed as above, each
        // reviewed error stands for 400/3 errors and the reviewed correct row for 9,500:
        // |T| ≈ 400·2/3 + 9,500 = 29,300/3 of N = 9,900; |T∩E| ≈ 800/3 of 400 errors
        RoaringBitmap reviewed = RoaringBitmap.bitmapOf(0, 1, 2, 4);
        List<TagInput> tags = List.of(TagInput.reviewed("blurry", MEMBERS, reviewed, 0.9));
        ReviewStrata sample = ReviewStrata.byOutcome(ERRORS);

        TagMetrics whole = TagMetrics.compute(
                        tags, sample.withRecordedSizes(Map.of("errors", 400L, "correct rows", 9_500L)))
                .get(0);

        assertThat(whole.prevalence().value()).isCloseTo(29_300.0 / 3 / 9_900, within(1e-12));
        assertThat(whole.errorShare().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(whole.errorRate().value()).isCloseTo(800.0 / 29_300, within(1e-12));
        // sizes that are these rows' own, or that some stratum here exceeds, or that leave a stratum out, are
        // not a sample's: the rows' own sizes stand, as in the test above
        for (Map<String, Long> notASample : List.of(
                Map.of("errors", 4L, "correct rows", 5L),
                Map.of("errors", 3L, "correct rows", 9_500L),
                Map.of("errors", 400L))) {
            TagMetrics own = TagMetrics.compute(tags, sample.withRecordedSizes(notASample))
                    .get(0);
            assertThat(own.prevalence().value()).as("%s", notASample).isCloseTo(23.0 / 27, within(1e-12));
        }
    }

    @Test
    void anErrorShareFromOneErrorStratumHasTheCorrectedWilsonIntervalWithTheFinitePopulationCorrection() {
        // 3 of 4 errors reviewed, 2 tagged: continuity-corrected Wilson of 2/3 at n = 3 / (1 − 3/4) = 12,
        // computed in Python from Newcombe's formula: (0.35436901164524215, 0.8872714070243783)
        RoaringBitmap reviewed = RoaringBitmap.bitmapOf(0, 1, 2);
        TagMetrics tag = TagMetrics.compute(List.of(TagInput.reviewed("blurry", MEMBERS, reviewed, 0.9)), ERRORS)
                .get(0);

        assertThat(tag.errorShare().low()).isCloseTo(0.35436901164524215, within(1e-12));
        assertThat(tag.errorShare().high()).isCloseTo(0.8872714070243783, within(1e-12));
    }

    @Test
    void reviewingOnlyErrorsLeavesEverythingButTheErrorShareUnknownAndSaysWhatToReview() {
        RoaringBitmap reviewed = RoaringBitmap.bitmapOf(0, 1, 2);
        TagMetrics tag = TagMetrics.compute(List.of(TagInput.reviewed("blurry", MEMBERS, reviewed, 0.9)), ERRORS)
                .get(0);

        assertThat(tag.errorShare().value()).isCloseTo(2.0 / 3, within(1e-12));
        for (Proportion p :
                List.of(tag.prevalence(), tag.errorRate(), tag.accuracy(), tag.headroom(), tag.potentialGain())) {
            assertThat(p.isKnown()).isFalse();
            assertThat(p.low()).isNaN();
        }
        assertThat(tag.review().unknown()).isEqualTo("review some correct rows: 0 of 5 reviewed");
        assertThat(tag.review().moreErrors()).isEqualTo(-1);
    }

    @Test
    void aHandTagReviewedOnEveryRowHasTheCountedValuesExactly() {
        RoaringBitmap everyRow = RoaringBitmap.bitmapOfRange(0, 10);
        TagMetrics tag = TagMetrics.compute(List.of(TagInput.reviewed("blurry", MEMBERS, everyRow, 0.9)), ERRORS)
                .get(0);

        // as the rule tag above: T = {0,1,4,5} of 9, T∩E = {0,1}; nothing left to estimate
        assertThat(tag.prevalence().value()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(tag.prevalence().low()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(tag.prevalence().high()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(tag.errorRate().value()).isCloseTo(0.5, within(1e-12));
        assertThat(tag.errorRate().low()).isCloseTo(0.5, within(1e-9));
        assertThat(tag.errorRate().high()).isCloseTo(0.5, within(1e-9));
        assertThat(tag.potentialGain().value()).isCloseTo(0.4 * 4 / 9, within(1e-12));
        assertThat(tag.review().moreErrors()).isZero();
        assertThat(tag.review().moreCorrect()).isZero();
    }

    @Test
    void aTagAboveItsBaselineHasNoHeadroom() {
        // T = {4,5,6}, no errors: accuracy 1 > baseline .8
        RoaringBitmap clean = RoaringBitmap.bitmapOf(4, 5, 6);
        TagMetrics tag = TagMetrics.compute(List.of(TagInput.overAllRows("clean", clean, 10, 0.8)), ERRORS)
                .get(0);

        assertThat(tag.headroom().value()).isZero();
        assertThat(tag.potentialGain().value()).isZero();
        assertThat(tag.lift()).isZero();
    }

    @Test
    void aHandTagWithNothingReviewedIsUnknownThroughout() {
        TagMetrics tag = TagMetrics.compute(
                        List.of(TagInput.reviewed("unreviewed", MEMBERS, new RoaringBitmap(), 0.9)), ERRORS)
                .get(0);

        assertThat(tag.count()).isZero();
        assertThat(tag.prevalence().value()).isNaN();
        assertThat(tag.errorShare().value()).isNaN();
        assertThat(tag.errorRate().value()).isNaN();
        assertThat(tag.accuracy().value()).isNaN();
        assertThat(tag.headroom().value()).isNaN();
        assertThat(tag.lift()).isNaN();
        assertThat(tag.review().unknown())
                .isEqualTo("review some errors: 0 of 4 reviewed; review some correct rows: 0 of 5 reviewed");
    }

    @Test
    void tagsSharingAScopeAreEachMeasuredOnTheirOwnMembers() {
        RoaringBitmap all = RoaringBitmap.bitmapOfRange(0, 10);
        List<TagMetrics> tags = TagMetrics.compute(
                List.of(
                        new TagInput("a", MEMBERS, all, Double.NaN, false),
                        new TagInput("b", RoaringBitmap.bitmapOf(2, 3), all, Double.NaN, false)),
                ERRORS);

        assertThat(tags).extracting(TagMetrics::count).containsExactly(4L, 2L);
        assertThat(tags).extracting(TagMetrics::errors).containsExactly(2L, 2L);
    }
}
