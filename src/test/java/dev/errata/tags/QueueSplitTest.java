package dev.errata.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** A queue split between analysts: disjoint shares that cover it, and a random overlap first in every share. */
class QueueSplitTest {

    private static ReviewQueue queue(long seed, int size) {
        // rows 100, 101, … in review order
        List<Integer> rows = IntStream.range(100, 100 + size).boxed().toList();
        return new ReviewQueue(
                seed,
                size,
                0,
                null,
                List.of(new ReviewQueue.Stratum("errors", true, size, size)),
                rows,
                false,
                Map.of());
    }

    @Test
    void theSharesAreDisjointButForTheOverlapCoverTheQueueAndStartWithTheOverlap() {
        ReviewQueue drawn = queue(42, 23);
        ReviewQueue split = drawn.split(List.of("carol", "alice", "bob"), 5);
        Map<String, List<Integer>> shares = split.shares();
        assertThat(shares).containsOnlyKeys("alice", "bob", "carol");

        Set<Integer> overlap = new HashSet<>(shares.get("alice"));
        shares.values().forEach(overlap::retainAll);
        assertThat(overlap).hasSize(5);
        List<Integer> overlapInQueueOrder =
                drawn.rows().stream().filter(overlap::contains).toList();
        List<Integer> own = new ArrayList<>();
        for (List<Integer> share : shares.values()) {
            assertThat(share.subList(0, 5)).isEqualTo(overlapInQueueOrder);
            List<Integer> rest = share.subList(5, share.size());
            // 18 rows of their own between three: six each, in the queue's order
            assertThat(rest).hasSize(6).isSorted().doesNotContainAnyElementsOf(overlap);
            own.addAll(rest);
        }
        assertThat(own).doesNotHaveDuplicates().hasSize(18);
        own.addAll(overlap);
        assertThat(own).containsExactlyInAnyOrderElementsOf(drawn.rows());
        // the order the names were given in deals the rows: carol first
        assertThat(shares.get("carol").get(5))
                .isEqualTo(own.stream().min(Integer::compare).orElseThrow());

        assertThat(split.rowsFor("alice")).isEqualTo(shares.get("alice"));
        assertThat(split.rowsFor("dave"))
                .as("the lead, not named, walks the whole queue")
                .isEqualTo(drawn.rows());
        assertThat(split.firstUnreviewed(
                        "bob", RoaringBitmap.bitmapOf(shares.get("bob").get(0))))
                .hasValue(shares.get("bob").get(1));
        assertThat(drawn.split(List.of("carol", "alice", "bob"), 5))
                .as("the same seed, the same split")
                .isEqualTo(split);
        assertThat(split.withExcludePicked(true).shares()).isEqualTo(shares);
    }

    /**
     * Over 4,000 seeds each of ten places in the queue is in an overlap of 3 with chance 0.3: its share
     * of draws has a standard deviation of √(0.3 · 0.7 / 4000) ≈ 0.0072, so 0.3 ± 0.03 is beyond four of them.
     */
    @Test
    void theOverlapIsAUniformDrawOfTheQueue() {
        int[] chosen = new int[10];
        int draws = 4000;
        for (long seed = 1; seed <= draws; seed++) {
            ReviewQueue split = queue(seed, 10).split(List.of("alice", "bob"), 3);
            Set<Integer> overlap = new HashSet<>(split.shares().get("alice"));
            overlap.retainAll(split.shares().get("bob"));
            overlap.forEach(row -> chosen[row - 100]++);
        }
        for (int place = 0; place < 10; place++) {
            assertThat(chosen[place] / (double) draws).as("place %d", place).isBetween(0.27, 0.33);
        }
    }

    @Test
    void aWholeOverlapGivesEveryoneTheWholeQueueAndNoOverlapDealsItAll() {
        ReviewQueue drawn = queue(3, 4);
        assertThat(drawn.split(List.of("alice", "bob"), 4).shares().values())
                .allSatisfy(share -> assertThat(share).isEqualTo(drawn.rows()));
        assertThat(drawn.split(List.of("alice", "bob"), 0).shares())
                .isEqualTo(Map.of("alice", List.of(100, 102), "bob", List.of(101, 103)));
    }

    @Test
    void refusesWhatCannotBeSplit() {
        ReviewQueue drawn = queue(3, 4);
        assertThatThrownBy(() -> drawn.split(List.of("alice", "alice"), 0))
                .hasMessage("a queue is split between distinct analysts, each named once");
        assertThatThrownBy(() -> drawn.split(List.of(), 0))
                .hasMessage("a queue is split between distinct analysts, each named once");
        assertThatThrownBy(() -> drawn.split(List.of("alice", " "), 0)).hasMessage("an analyst's name cannot be blank");
        assertThatThrownBy(() -> drawn.split(List.of("alice"), 5))
                .hasMessage("the overlap is 0 to the queue's 4 rows, not 5");
        assertThatThrownBy(() -> drawn.split(List.of("a", "b", "c", "d", "e"), 0))
                .hasMessage("the queue's 4 rows are too few to give each of 5 analysts a row");
    }
}
