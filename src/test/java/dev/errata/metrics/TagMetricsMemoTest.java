package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** Counted by hand: ten rows, row 9 without a label, rows 0–3 errors; every tag over all rows. */
class TagMetricsMemoTest {

    private static final ErrorRows ERRORS =
            new ErrorRows(RoaringBitmap.bitmapOfRange(0, 9), RoaringBitmap.bitmapOf(0, 1, 2, 3), Double.NaN);
    private static final ReviewStrata STRATA = ReviewStrata.byOutcome(ERRORS);
    private static final RoaringBitmap ALL = RoaringBitmap.bitmapOfRange(0, 10);

    private final TagMetricsMemo memo = new TagMetricsMemo();
    private final TagInput noise = new TagInput("noise", RoaringBitmap.bitmapOf(0, 1, 4, 5, 9), ALL, Double.NaN, false);
    private final TagInput blur = new TagInput("blur", RoaringBitmap.bitmapOf(2, 6), ALL, 0.9, false);

    @Test
    void recountsOnlyTheTagWhoseRowsCameAsANewBitmap() {
        List<TagMetrics> first = memo.metrics(List.of(noise, blur), STRATA);
        // noise: T = {0,1,4,5}, T∩E = {0,1}; blur: T = {2,6}, T∩E = {2}
        assertThat(first.get(0).count()).isEqualTo(4);
        assertThat(first.get(0).errors()).isEqualTo(2);
        assertThat(first.get(1).count()).isEqualTo(2);
        assertThat(first.get(1).errors()).isEqualTo(1);

        TagInput moreBlur = new TagInput("blur", RoaringBitmap.bitmapOf(2, 3, 6), ALL, 0.9, false);
        List<TagMetrics> after = memo.metrics(List.of(noise, moreBlur), STRATA);
        assertThat(after.get(0)).isSameAs(first.get(0));
        // blur now T = {2,3,6}, T∩E = {2,3}: error rate 2/3, as a count from scratch gives
        assertThat(after.get(1).count()).isEqualTo(3);
        assertThat(after.get(1).errors()).isEqualTo(2);
        assertThat(after).isEqualTo(TagMetrics.compute(List.of(noise, moreBlur), ERRORS));
    }

    @Test
    void recountsEveryTagForNewErrorRowsOrANewBaseline() {
        List<TagMetrics> first = memo.metrics(List.of(noise, blur), STRATA);
        ErrorRows fewerErrors = new ErrorRows(ERRORS.evaluable(), RoaringBitmap.bitmapOf(0), Double.NaN);
        List<TagMetrics> regraded = memo.metrics(List.of(noise, blur), ReviewStrata.byOutcome(fewerErrors));
        assertThat(regraded.get(0).errors()).isEqualTo(1);
        assertThat(regraded.get(1).errors()).isZero();

        TagInput lowerBar = new TagInput("blur", blur.members(), ALL, 0.4, false);
        List<TagMetrics> rebased = memo.metrics(List.of(noise, lowerBar), STRATA);
        assertThat(rebased.get(0)).isNotSameAs(first.get(0)).isEqualTo(first.get(0));
        // blur's accuracy is 1/2: above a baseline of .4, so no headroom; it had .9 − .5 = .4 before
        assertThat(rebased.get(1).headroom().value()).isZero();
        assertThat(first.get(1).headroom().value()).isEqualTo(0.9 - 0.5);
    }
}
