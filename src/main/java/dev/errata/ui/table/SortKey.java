package dev.errata.ui.table;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import dev.errata.ui.session.RowMarks;
import java.util.Arrays;
import java.util.Comparator;
import org.roaringbitmap.RoaringBitmap;

/**
 * What the table is sorted by: a data column (numbers as numbers, text alphabetically), the error mark
 * or a tag.
 */
public record SortKey(Kind kind, String name, boolean ascending) {

    public enum Kind { COLUMN, ERROR, TAG }

    public static SortKey column(String name, boolean ascending) {
        return new SortKey(Kind.COLUMN, name, ascending);
    }

    public static SortKey error(boolean ascending) {
        return new SortKey(Kind.ERROR, "", ascending);
    }

    public static SortKey tag(String name, boolean ascending) {
        return new SortKey(Kind.TAG, name, ascending);
    }

    RowOrder.RowComparator comparator(Dataset dataset, RoaringBitmap errors, RowMarks marks) {
        RowOrder.RowComparator order = switch (kind) {
            case COLUMN -> columnOrder(dataset.column(name));
            case ERROR -> byMembership(errors);
            case TAG -> byMembership(marks.rowsOf(name));
        };
        return ascending ? order : order.reversed();
    }

    private static RowOrder.RowComparator byMembership(RoaringBitmap rows) {
        return (a, b) -> Boolean.compare(rows.contains(a), rows.contains(b));
    }

    private static RowOrder.RowComparator columnOrder(Column column) {
        if (column instanceof NumericColumn numbers) {
            double[] values = numbers.values();
            return (a, b) -> Double.compare(values[a], values[b]);
        }
        CategoricalColumn text = (CategoricalColumn) column;
        int[] rank = levelRanks(text);
        int[] codes = text.codes();
        // a missing cell (code -1) ranks before every level
        return (a, b) -> Integer.compare(codes[a] < 0 ? -1 : rank[codes[a]], codes[b] < 0 ? -1 : rank[codes[b]]);
    }

    /** Each level's position in alphabetical order, so rows compare as two ints. */
    private static int[] levelRanks(CategoricalColumn column) {
        Integer[] byName = new Integer[column.levelCount()];
        for (int i = 0; i < byName.length; i++) {
            byName[i] = i;
        }
        Arrays.sort(byName, Comparator.comparing(column::level, String.CASE_INSENSITIVE_ORDER));
        int[] rank = new int[byName.length];
        for (int position = 0; position < byName.length; position++) {
            rank[byName[position]] = position;
        }
        return rank;
    }
}
