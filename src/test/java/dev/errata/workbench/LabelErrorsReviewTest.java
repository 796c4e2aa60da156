package dev.errata.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.DatasetBuilder;
import dev.errata.tags.ReviewQueue;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class LabelErrorsReviewTest {

    @Test
    void theTagIsMadeOnceOnTheFirstFreeKeyAndReviewsOfSuspectsCountAsPicked() {
        TagSession session = new TagSession(
                new DatasetBuilder("d").numeric("x", 1, 2, 3, 4, 5, 6).build());
        session.createTag(TagDefinition.hand("noisy", "#000000").withSettings(null, null, null, 1));
        session.createTag(TagDefinition.hand("blurry", "#000000").withSettings(null, null, null, 3));
        // a random sample of rows 0 (an error) and 1 (correct)
        session.setReviewQueue(new ReviewQueue(7, 1, 1, null, List.of(), List.of(0, 1), false, Map.of()));

        LabelErrorsReview.prepare(session);
        LabelErrorsReview.prepare(session);

        assertThat(session.tags())
                .extracting(TagDefinition::name)
                .containsExactly("noisy", "blurry", LabelErrorsReview.TAG);
        assertThat(session.tag(LabelErrorsReview.TAG).orElseThrow().shortcut()).isEqualTo(2);
        // suspects 4 and 5 reviewed, 4 confirmed: neither is in the random sample, both are picked
        session.setTag(LabelErrorsReview.TAG, RoaringBitmap.bitmapOf(4), true);
        session.setReviewed(RoaringBitmap.bitmapOf(0, 4, 5), true);
        assertThat(session.reviewQueue().orElseThrow().progress(session.reviewed(), RoaringBitmap.bitmapOf(0, 4, 5)))
                .satisfies(p -> {
                    assertThat(p.picked()).isEqualTo(2);
                    assertThat(p.reviewedErrors()).isEqualTo(1);
                });
    }
}
