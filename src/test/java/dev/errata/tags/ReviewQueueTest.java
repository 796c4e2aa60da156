package dev.errata.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * A queue of rows 5, 2, 8, 0, 3 in review order, with errors 2, 3 and 7. By hand: the queue holds errors 2
 * and 3 and correct rows 0, 5 and 8; with rows 2, 0, 7 and 9 reviewed, one of its two errors and one of its
 * three correct rows are reviewed, and 7 and 9 were picked outside it.
 */
class ReviewQueueTest {

    private static final ReviewQueue QUEUE = new ReviewQueue(
            11,
            2,
            3,
            null,
            List.of(
                    new ReviewQueue.Stratum("errors", true, 3, 2),
                    new ReviewQueue.Stratum("correct rows", false, 7, 3)),
            List.of(5, 2, 8, 0, 3),
            false,
            Map.of());
    private static final RoaringBitmap ERRORS = RoaringBitmap.bitmapOf(2, 3, 7);

    @Test
    void countsTheReviewedRowsOfEachKindInTheQueueAndThoseReviewedOutsideIt() {
        assertThat(QUEUE.progress(RoaringBitmap.bitmapOf(2, 0, 7, 9), ERRORS))
                .isEqualTo(new QueueProgress(1, 2, 1, 3, 2));
        assertThat(QUEUE.progress(new RoaringBitmap(), ERRORS)).isEqualTo(new QueueProgress(0, 2, 0, 3, 0));
    }

    @Test
    void countsAQueuedRowByWhatItIsNowWhenTheErrorsChange() {
        // a new threshold made row 5 an error and row 2 a correct row
        assertThat(QUEUE.progress(RoaringBitmap.bitmapOf(2, 5), RoaringBitmap.bitmapOf(3, 5, 7)))
                .isEqualTo(new QueueProgress(1, 2, 1, 3, 0));
    }

    @Test
    void aWalkStartsAtTheFirstRowInReviewOrderNotYetReviewed() {
        assertThat(QUEUE.firstUnreviewed("alice", new RoaringBitmap())).hasValue(5);
        assertThat(QUEUE.firstUnreviewed("alice", RoaringBitmap.bitmapOf(5, 2, 0)))
                .hasValue(8);
        assertThat(QUEUE.firstUnreviewed("alice", RoaringBitmap.bitmapOf(0, 2, 3, 5, 8)))
                .isEmpty();
    }
}
