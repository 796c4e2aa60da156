package dev.errata.discovery;

import dev.errata.data.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * SliceLine's lattice search: level by level, conjunctions of L basic slices of different columns are made
 * by joining two slices of level L − 1 that share L − 2 of them (each once, as in Apriori), kept only when
 * every one of their L parents was kept at level L − 1 (a child of a pruned parent is bounded by the parent's
 * bound), and evaluated only when SliceLine's upper bound on their score, from the smallest size and error
 * count of their parents, could still reach the top K. The top K by score is therefore exact.
 */
final class SliceLattice {

    private final List<SliceItem> items;
    private final long[] evaluable;
    private final long[] errors;
    /** Each item's evaluable rows, so that counting a conjunction's rows takes one AND less a word. */
    private final long[][] evaluableOfItem;

    private final SliceScore score;
    private final Progress progress;
    private final List<EvaluatedSlice> evaluated = new ArrayList<>();
    private final Map<ItemSet, EvaluatedSlice> byItems = new HashMap<>();

    SliceLattice(List<SliceItem> items, long[] evaluable, long[] errors, SliceScore score, Progress progress) {
        this.items = items;
        this.evaluable = evaluable;
        this.errors = errors;
        this.evaluableOfItem = items.stream()
                .map(item -> RowWords.intersection(new long[][] {item.rows(), evaluable}))
                .toArray(long[][]::new);
        this.score = score;
        this.progress = progress;
    }

    /**
     * A slice the search evaluated: its basic slices (ascending indices into the items), size and errors, and
     * its place among the evaluated slices.
     */
    record EvaluatedSlice(int[] items, int size, int errors, double score, int index) {}

    /**
     * The top {@code k} slices of at most {@code maxLevel} basic slices with a positive score and at least
     * the minimum support, best first.
     */
    List<EvaluatedSlice> search(int maxLevel, int k) {
        TopSlices top = new TopSlices(k, score.minSupport());
        List<EvaluatedSlice> level = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SliceItem item = items.get(i);
            level.add(record(new int[] {i}, item.size(), item.errors(), top));
        }
        for (int depth = 2; depth <= maxLevel && !level.isEmpty(); depth++) {
            progress.update((depth - 1.0) / maxLevel);
            List<int[]> candidates = candidates(level, depth, top.threshold());
            int[][] counts = new int[candidates.size()][];
            IntStream.range(0, candidates.size()).parallel().forEach(c -> {
                progress.checkCancelled();
                counts[c] = count(candidates.get(c));
            });
            List<EvaluatedSlice> next = new ArrayList<>();
            for (int c = 0; c < candidates.size(); c++) {
                EvaluatedSlice slice = record(candidates.get(c), counts[c][0], counts[c][1], top);
                if (slice.size() >= score.minSupport() && slice.errors() > 0) {
                    next.add(slice);
                }
            }
            level = next;
        }
        progress.update(1);
        return top.best();
    }

    /** Every slice evaluated so far, for the count of looks a multiple-testing correction needs. */
    List<EvaluatedSlice> evaluated() {
        return evaluated;
    }

    /** The evaluated slice of these basic slices (ascending), or null; every part of a kept slice was evaluated. */
    EvaluatedSlice evaluated(int[] members) {
        return byItems.get(new ItemSet(members));
    }

    private EvaluatedSlice record(int[] members, int size, int errorCount, TopSlices top) {
        EvaluatedSlice slice =
                new EvaluatedSlice(members, size, errorCount, score.of(size, errorCount), evaluated.size());
        evaluated.add(slice);
        byItems.put(new ItemSet(members), slice);
        top.offer(slice);
        return slice;
    }

    /** The joins of this level's kept slices that pass the parent, size and score pruning. */
    private List<int[]> candidates(List<EvaluatedSlice> level, int depth, double threshold) {
        Map<ItemSet, EvaluatedSlice> parents = new HashMap<>();
        for (EvaluatedSlice slice : level) {
            parents.put(new ItemSet(slice.items()), slice);
        }
        List<int[]> sorted = level.stream()
                .map(EvaluatedSlice::items)
                .sorted(Arrays::compare)
                .toList();
        List<int[]> candidates = new ArrayList<>();
        int prefix = depth - 2;
        for (int start = 0; start < sorted.size(); ) {
            int end = start + 1;
            while (end < sorted.size() && Arrays.equals(sorted.get(start), 0, prefix, sorted.get(end), 0, prefix)) {
                end++;
            }
            for (int a = start; a < end; a++) {
                for (int b = a + 1; b < end; b++) {
                    int[] joined = join(sorted.get(a), sorted.get(b));
                    if (joined != null && passes(joined, parents, threshold)) {
                        candidates.add(joined);
                    }
                }
            }
            start = end;
        }
        return candidates;
    }

    /** The union of two slices with the same prefix, or null when their last items are of the same column. */
    private int[] join(int[] first, int[] second) {
        int lastFirst = first[first.length - 1];
        int lastSecond = second[second.length - 1];
        if (items.get(lastFirst).feature() == items.get(lastSecond).feature()) {
            return null;
        }
        int[] joined = Arrays.copyOf(first, first.length + 1);
        joined[first.length] = lastSecond;
        return joined;
    }

    private boolean passes(int[] candidate, Map<ItemSet, EvaluatedSlice> parents, double threshold) {
        int sizeBound = Integer.MAX_VALUE;
        int errorBound = Integer.MAX_VALUE;
        for (int drop = 0; drop < candidate.length; drop++) {
            int[] parentItems = new int[candidate.length - 1];
            for (int i = 0, j = 0; i < candidate.length; i++) {
                if (i != drop) {
                    parentItems[j++] = candidate[i];
                }
            }
            EvaluatedSlice parent = parents.get(new ItemSet(parentItems));
            if (parent == null) {
                return false;
            }
            sizeBound = Math.min(sizeBound, parent.size());
            errorBound = Math.min(errorBound, parent.errors());
        }
        return sizeBound >= score.minSupport() && score.upperBound(sizeBound, errorBound) > threshold;
    }

    /** Every row of the slice, as words. */
    long[] rows(EvaluatedSlice slice) {
        long[][] sets = new long[slice.items().length][];
        for (int i = 0; i < sets.length; i++) {
            sets[i] = items.get(slice.items()[i]).rows();
        }
        return RowWords.intersection(sets);
    }

    /** The evaluable rows of {@code rows} and its errors. */
    int[] count(long[] rows) {
        return new int[] {RowWords.countBoth(rows, evaluable), RowWords.countBoth(rows, errors)};
    }

    SliceScore score() {
        return score;
    }

    /** The evaluable rows and the errors of the conjunction: ANDs and popcounts of words. */
    private int[] count(int[] members) {
        long[] first = evaluableOfItem[members[0]];
        long[] second = evaluableOfItem[members[1]];
        // the third set of a pair is the second again, so one loop serves levels two and three
        long[] third = members.length > 2 ? evaluableOfItem[members[2]] : second;
        long[][] rest = new long[Math.max(0, members.length - 3)][];
        for (int i = 3; i < members.length; i++) {
            rest[i - 3] = evaluableOfItem[members[i]];
        }
        int size = 0;
        int errorCount = 0;
        for (int w = 0; w < errors.length; w++) {
            long word = first[w] & second[w] & third[w];
            for (long[] more : rest) {
                word &= more[w];
            }
            size += Long.bitCount(word);
            errorCount += Long.bitCount(word & errors[w]);
        }
        return new int[] {size, errorCount};
    }

    /** An item set as a map key. */
    private record ItemSet(int[] items) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ItemSet set && Arrays.equals(items, set.items);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(items);
        }
    }

    /** The best k slices so far with a positive score and the minimum support, and the score to beat. */
    private static final class TopSlices {
        private static final Comparator<EvaluatedSlice> BEST_FIRST = Comparator.comparingDouble(EvaluatedSlice::score)
                .reversed()
                .thenComparingInt(slice -> slice.items().length)
                .thenComparing(EvaluatedSlice::items, Arrays::compare);

        private final int k;
        private final int minSupport;
        private final List<EvaluatedSlice> best = new ArrayList<>();

        TopSlices(int k, int minSupport) {
            this.k = k;
            this.minSupport = minSupport;
        }

        void offer(EvaluatedSlice slice) {
            if (slice.score() <= 0 || slice.size() < minSupport) {
                return;
            }
            int at = 0;
            while (at < best.size() && BEST_FIRST.compare(best.get(at), slice) <= 0) {
                at++;
            }
            if (at < k) {
                best.add(at, slice);
                if (best.size() > k) {
                    best.remove(k);
                }
            }
        }

        /** A slice must score above this to enter: the k-th score once there are k, else 0. */
        double threshold() {
            return best.size() < k ? 0 : best.get(k - 1).score();
        }

        List<EvaluatedSlice> best() {
            return List.copyOf(best);
        }
    }
}
