package dev.errata.ui.table;

import java.util.Arrays;
import org.roaringbitmap.RoaringBitmap;

/**
 * Rows a plot points at (a confusion cell, a slice, a density cell), shown in the table on top of the
 * other filters until cleared.
 *
 * @param description what the rows are, e.g. "label exit, predicted stay"
 * @param order the order to show them in while the table is not sorted by a column; null for file order
 */
public record RowSubset(String description, RoaringBitmap rows, int[] order) {

    public static RowSubset of(String description, RoaringBitmap rows) {
        return new RowSubset(description, rows, null);
    }

    /** The rows in the given order, e.g. the most confident mistakes first. */
    public static RowSubset ordered(String description, int[] order) {
        return new RowSubset(description, RoaringBitmap.bitmapOf(order), order);
    }

    /** The shown rows in this subset's order, or in file order when it has none. */
    int[] orderOf(RoaringBitmap shown) {
        return order == null
                ? shown.toArray()
                : Arrays.stream(order).filter(shown::contains).toArray();
    }
}
