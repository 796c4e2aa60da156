package dev.errata.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * The top slices as findings a person reads: one pocket of errors makes many slices of high score, its
 * refinements ("Sales and female and capital-gain in [0, 99999]") and its widenings ("Sales"), and ten of
 * them would hide the next pocket. So each slice is shown as its simplest part (fewest conditions, then best
 * score) that keeps at least {@link #SAME_ROWS} of its rows, and only if its rows outside the slices shown
 * before it are still a weak slice by SliceLine's own test: enough rows and a positive score.
 */
final class DistinctSlices {

    static final double SAME_ROWS = 0.9;

    private DistinctSlices() {}

    /** The first {@code limit} distinct findings among {@code ranked} (best first). */
    static List<SliceLattice.EvaluatedSlice> of(
            List<SliceLattice.EvaluatedSlice> ranked, SliceLattice lattice, int limit) {
        List<SliceLattice.EvaluatedSlice> shown = new ArrayList<>();
        long[] covered = null;
        SliceScore score = lattice.score();
        for (SliceLattice.EvaluatedSlice slice : ranked) {
            if (shown.size() == limit) {
                break;
            }
            SliceLattice.EvaluatedSlice simplest = simplestPart(slice, lattice);
            if (shown.contains(simplest)) {
                continue;
            }
            long[] rows = lattice.rows(simplest);
            if (covered != null) {
                int[] outside = lattice.count(RowWords.without(rows, covered));
                if (outside[0] < score.minSupport() || !(score.of(outside[0], outside[1]) > 0)) {
                    continue;
                }
                RowWords.addAll(covered, rows);
            } else {
                covered = rows;
            }
            shown.add(simplest);
        }
        return shown;
    }

    private static SliceLattice.EvaluatedSlice simplestPart(SliceLattice.EvaluatedSlice slice, SliceLattice lattice) {
        int[] items = slice.items();
        SliceLattice.EvaluatedSlice simplest = slice;
        // every proper, non-empty subset of the slice's basic slices, as a bit mask over them
        for (int mask = 1; mask < (1 << items.length) - 1; mask++) {
            int[] part = new int[Integer.bitCount(mask)];
            for (int i = 0, j = 0; i < items.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    part[j++] = items[i];
                }
            }
            SliceLattice.EvaluatedSlice candidate = lattice.evaluated(part);
            if (candidate != null
                    && candidate.score() > 0
                    && slice.size() >= SAME_ROWS * candidate.size()
                    && simpler(candidate, simplest)) {
                simplest = candidate;
            }
        }
        return simplest;
    }

    private static boolean simpler(SliceLattice.EvaluatedSlice candidate, SliceLattice.EvaluatedSlice than) {
        return candidate.items().length < than.items().length
                || candidate.items().length == than.items().length && candidate.score() > than.score();
    }
}
