package dev.errata.workbench.rows;

import dev.errata.data.Dataset;
import dev.errata.data.RowOrder;
import org.roaringbitmap.RoaringBitmap;

/**
 * What the table is sorted by: a data column (numbers as numbers, text by its levels, missing last), the
 * error mark or a tag.
 */
public record SortKey(Kind kind, String name, boolean ascending) {

    public enum Kind {
        COLUMN,
        ERROR,
        TAG
    }

    public static SortKey column(String name, boolean ascending) {
        return new SortKey(Kind.COLUMN, name, ascending);
    }

    public static SortKey error(boolean ascending) {
        return new SortKey(Kind.ERROR, "", ascending);
    }

    public static SortKey tag(String name, boolean ascending) {
        return new SortKey(Kind.TAG, name, ascending);
    }

    /** The rows in this order; ascending puts rows without the mark, or with the smaller value, first. */
    public int[] sort(int[] rows, Dataset dataset, RoaringBitmap errors, MarkedRows marks) {
        return switch (kind) {
            case COLUMN -> RowOrder.sortBy(dataset.column(name), rows, ascending);
            case ERROR -> RowOrder.byMembership(errors::contains, rows, ascending);
            case TAG -> {
                RoaringBitmap tagged = marks.rowsOf(name);
                yield RowOrder.byMembership(tagged::contains, rows, ascending);
            }
        };
    }
}
