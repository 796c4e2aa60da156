package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class TagMetricsTest {

    /** Ten rows; row 9 has no label, rows 0–3 are errors. */
    private static final ErrorRows ERRORS = new ErrorRows(
            RoaringBitmap.bitmapOfRange(0, 9), RoaringBitmap.bitmapOf(0, 1, 2, 3), Double.NaN);
    private static final RoaringBitmap MEMBERS = RoaringBitmap.bitmapOf(0, 1, 4, 5, 9);

    @Test
    void aRuleTagIsMeasuredOverAllEvaluableRows() {
        // N = 9, E = 4, T = {0,1,4,5} = 4, T∩E = {0,1} = 2
        TagMetrics tag = TagMetrics.compute(List.of(TagInput.overAllRows("noise", MEMBERS, 10, 0.9)), ERRORS).get(0);

        assertThat(tag.scopeRows()).isEqualTo(9);
        assertThat(tag.count()).isEqualTo(4);
        assertThat(tag.errors()).isEqualTo(2);
        assertThat(tag.prevalence().value()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(tag.errorShare().value()).isEqualTo(0.5);
        assertThat(tag.errorRate().value()).isEqualTo(0.5);
        assertThat(tag.accuracy().value()).isEqualTo(0.5);
        // headroom = .9 − .5 = .4; gain = .4 × 4/9 = .177…; lift = .5 / (4/9) = 1.125
        assertThat(tag.headroom()).isCloseTo(0.4, within(1e-12));
        assertThat(tag.potentialGain()).isCloseTo(0.4 * 4 / 9, within(1e-12));
        assertThat(tag.lift()).isCloseTo(1.125, within(1e-12));
        assertThat(tag.errorRate().smallSample()).isTrue();
    }

    @Test
    void aHandTagIsMeasuredOverTheReviewedRowsOnly() {
        // reviewed {0,1,2,4}: N = 4, E = {0,1,2} = 3, T = {0,1,4} = 3, T∩E = 2
        RoaringBitmap reviewed = RoaringBitmap.bitmapOf(0, 1, 2, 4);
        TagMetrics tag = TagMetrics.compute(List.of(new TagInput("blurry", MEMBERS, reviewed, Double.NaN)), ERRORS).get(0);

        assertThat(tag.prevalence().value()).isEqualTo(0.75);
        assertThat(tag.errorShare().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(tag.errorRate().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(tag.accuracy().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(tag.headroom()).isNaN();
        assertThat(tag.potentialGain()).isNaN();
    }

    @Test
    void aTagAboveItsBaselineHasNoHeadroom() {
        // T = {4,5,6}, no errors: accuracy 1 > baseline .8
        RoaringBitmap clean = RoaringBitmap.bitmapOf(4, 5, 6);
        TagMetrics tag = TagMetrics.compute(List.of(TagInput.overAllRows("clean", clean, 10, 0.8)), ERRORS).get(0);

        assertThat(tag.headroom()).isZero();
        assertThat(tag.potentialGain()).isZero();
        assertThat(tag.lift()).isZero();
    }

    @Test
    void anEmptyScopeLeavesEveryRateUndefined() {
        TagMetrics tag = TagMetrics.compute(
                List.of(new TagInput("unreviewed", MEMBERS, new RoaringBitmap(), 0.9)), ERRORS).get(0);

        assertThat(tag.count()).isZero();
        assertThat(tag.prevalence().value()).isNaN();
        assertThat(tag.errorShare().value()).isNaN();
        assertThat(tag.errorRate().value()).isNaN();
        assertThat(tag.accuracy().value()).isNaN();
        assertThat(tag.headroom()).isNaN();
        assertThat(tag.lift()).isNaN();
    }

    @Test
    void tagsSharingAScopeAreEachMeasuredOnTheirOwnMembers() {
        RoaringBitmap all = RoaringBitmap.bitmapOfRange(0, 10);
        List<TagMetrics> tags = TagMetrics.compute(List.of(
                new TagInput("a", MEMBERS, all, Double.NaN),
                new TagInput("b", RoaringBitmap.bitmapOf(2, 3), all, Double.NaN)), ERRORS);

        assertThat(tags).extracting(TagMetrics::count).containsExactly(4L, 2L);
        assertThat(tags).extracting(TagMetrics::errors).containsExactly(2L, 2L);
    }
}
