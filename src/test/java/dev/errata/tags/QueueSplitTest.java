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
     * A queue drawn whole and half reviewed, then split: the shares hold only the rows not yet reviewed, the
     * overlap first in each, and the rest partitioned between the analysts in the queue's order.
     */
    @Test
    void aDrawnQueueSplitLaterPartitionsTheRowsNotYetReviewed() {
        ReviewQueue drawn = queue(7, 30);
        // rows 100, 102, … 128 reviewed: 15 left, the odd ones
        RoaringBitmap reviewed = new RoaringBitmap();
        IntStream.range(0, 15).forEach(i -> reviewed.add(100 + 2 * i));
        List<Integer> remaining =
                IntStream.range(0, 15).mapToObj(i -> 101 + 2 * i).toList();

        ReviewQueue split = drawn.splitRemaining(List.of("alice", "bob"), 3, reviewed);
        assertThat(split.rows())
                .as("the queue itself, and so its estimates, stay")
                .isEqualTo(drawn.rows());
        List<Integer> alice = split.shares().get("alice");
        List<Integer> bob = split.shares().get("bob");
        assertThat(alice.subList(0, 3)).isEqualTo(bob.subList(0, 3)).isSorted();
        List<Integer> own = new ArrayList<>(alice.subList(3, alice.size()));
        own.addAll(bob.subList(3, bob.size()));
        // 12 rows of their own between two: six each
        assertThat(alice.subList(3, alice.size())).hasSize(6).isSorted();
        assertThat(bob.subList(3, bob.size())).hasSize(6).isSorted();
        assertThat(own).doesNotHaveDuplicates().doesNotContainAnyElementsOf(alice.subList(0, 3));
        own.addAll(alice.subList(0, 3));
        assertThat(own).containsExactlyInAnyOrderElementsOf(remaining);

        ReviewQueue apart = drawn.splitRemaining(List.of("alice", "bob", "carol"), 0, reviewed);
        List<Integer> all = new ArrayList<>();
        apart.shares().values().forEach(all::addAll);
        assertThat(all).hasSize(15).containsExactlyInAnyOrderElementsOf(remaining);
        assertThatThrownBy(() -> drawn.splitRemaining(List.of("alice", "bob"), 16, reviewed))
                .hasMessage("the overlap is 0 to the queue's 15 rows not yet reviewed, not 16");
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
