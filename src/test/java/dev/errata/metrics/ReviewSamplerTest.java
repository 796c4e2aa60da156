package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.DatasetBuilder;
import dev.errata.tags.ReviewQueue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class ReviewSamplerTest {

    /** 100 rows: errors are rows 0–19; rows 0–9 and 20–59 are in region a, the rest in b. */
    private static final ErrorRows ERRORS =
            new ErrorRows(RoaringBitmap.bitmapOfRange(0, 100), RoaringBitmap.bitmapOfRange(0, 20), Double.NaN);

    private static ReviewStrata byRegion() {
        String[] region = new String[100];
        for (int row = 0; row < 100; row++) {
            region[row] = row < 10 || row >= 20 && row < 60 ? "a" : "b";
        }
        return ReviewStrata.byOutcomeAnd(
                ERRORS,
                RowGroups.of(
                        new DatasetBuilder("d").categorical("region", region).build(),
                        "region",
                        MetricsSettings.DEFAULT_BINS));
    }

    @Test
    void drawsTheCountsAskedForFromTheRightRowsAndTheSameRowsForTheSameSeed() {
        ReviewQueue queue = ReviewSampler.draw(ReviewStrata.byOutcome(ERRORS), 8, 12, null, 42);

        assertThat(queue.rows()).hasSize(20).doesNotHaveDuplicates();
        assertThat(queue.rows().stream().filter(row -> row < 20)).hasSize(8);
        assertThat(queue.strata()).extracting(ReviewQueue.Stratum::drawn).containsExactly(8, 12);
        assertThat(queue.strata().get(1).inclusionChance()).isEqualTo(12.0 / 80);
        assertThat(ReviewSampler.draw(ReviewStrata.byOutcome(ERRORS), 8, 12, null, 42))
                .isEqualTo(queue);
        assertThat(ReviewSampler.draw(ReviewStrata.byOutcome(ERRORS), 8, 12, null, 43)
                        .rows())
                .isNotEqualTo(queue.rows());
    }

    @Test
    void spreadsEachKindOverTheSliceInProportionAndKeepsEveryStratumInEveryPartOfTheQueue() {
        // errors: 10 in a, 10 in b → 5 and 5; correct: 40 in a, 40 in b → 10 and 10
        ReviewQueue queue = ReviewSampler.draw(byRegion(), 10, 20, "region", 7);

        assertThat(queue.strata())
                .extracting(ReviewQueue.Stratum::name)
                .containsExactly(
                        "errors where region = a",
                        "correct rows where region = a",
                        "errors where region = b",
                        "correct rows where region = b");
        assertThat(queue.strata()).extracting(ReviewQueue.Stratum::drawn).containsExactly(5, 10, 5, 10);
        // the first third of the queue already holds rows of all four strata
        List<Integer> first = queue.rows().subList(0, 10);
        assertThat(first.stream().filter(row -> row < 10)).isNotEmpty();
        assertThat(first.stream().filter(row -> row >= 10 && row < 20)).isNotEmpty();
        assertThat(first.stream().filter(row -> row >= 20 && row < 60)).isNotEmpty();
        assertThat(first.stream().filter(row -> row >= 60)).isNotEmpty();
    }

    @Test
    void givesEveryStratumARowWhileTheCountAllows() {
        // 3 errors over strata of 10 and 10: one each at least, though 3 × 10/20 rounds to 2 and 1
        ReviewQueue queue = ReviewSampler.draw(byRegion(), 3, 0, "region", 1);
        assertThat(queue.strata()).extracting(ReviewQueue.Stratum::drawn).containsExactly(2, 0, 1, 0);
        ReviewQueue more = ReviewSampler.draw(byRegion(), 500, 500, "region", 1);
        assertThat(more.rows()).as("no more rows than there are").hasSize(100);
    }

    @Test
    void everyRowOfAStratumIsEquallyLikelyToBeDrawn() {
        // 3 of 20 errors per draw: each error row's share of 4,000 draws is near 3/20 (sd ≈ .0056)
        int[] times = new int[20];
        for (long seed = 0; seed < 4_000; seed++) {
            ReviewSampler.draw(ReviewStrata.byOutcome(ERRORS), 3, 0, null, seed)
                    .rows()
                    .forEach(row -> times[row]++);
        }
        for (int count : times) {
            assertThat(count / 4_000.0).isCloseTo(0.15, within(0.025));
        }
    }
}
