package dev.errata.discovery;

import dev.errata.metrics.QuantileBins;
import java.util.ArrayList;
import java.util.List;

/**
 * The basic slices of a numeric column cut into equal-count bins: each range of adjacent bins, as SliceLine
 * slices a binned column, so a pocket such as {@code age >= 30 and age < 50} that spans bins is one basic
 * slice rather than a pair of weaker ones. A range open at one end is one comparison ({@code age < 50}), since
 * every present value lies at or above the lowest edge and at or below the highest; the whole column is no
 * slice.
 */
final class RangeItems {

    /**
     * Ranges of more adjacent bins than this are not offered: each width adds about as many items again, and
     * three made the lattice of the benchmark six times larger than two did (155,271 slices against 26,255).
     */
    static final int MAX_BINS = 2;

    private RangeItems() {}

    /** @param binRows each bin's rows, as words */
    static List<SliceItem> of(
            int feature, String column, QuantileBins bins, long[][] binRows, FeatureItems.Counts counts) {
        int count = bins.binCount();
        List<SliceItem> items = new ArrayList<>();
        for (int first = 0; first < count; first++) {
            long[] rows = binRows[first].clone();
            for (int last = first;
                    last < count && last - first < MAX_BINS && !(first == 0 && last == count - 1);
                    last++) {
                if (last > first) {
                    RowWords.addAll(rows, binRows[last]);
                }
                SliceItem item = counts.item(feature, conditions(column, bins, first, last), rows.clone());
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static List<SliceCondition> conditions(String column, QuantileBins bins, int first, int last) {
        List<SliceCondition> conditions = new ArrayList<>();
        if (first > 0) {
            conditions.add(SliceCondition.number(column, ">=", bins.low(first)));
        }
        if (last < bins.binCount() - 1) {
            conditions.add(SliceCondition.number(column, "<", bins.high(last)));
        }
        return conditions;
    }
}
