package dev.errata.ui.table;

import java.util.AbstractList;
import javafx.collections.ObservableListBase;

/**
 * The table's items: row indices held in one int array, so a million rows cost four megabytes rather
 * than a million objects. Replaced whole when the filter or sort changes.
 */
public final class RowList extends ObservableListBase<Integer> {

    private int[] rows = new int[0];

    void replace(int[] newRows) {
        int[] old = rows;
        rows = newRows;
        beginChange();
        nextRemove(0, new IntListView(old));
        nextAdd(0, newRows.length);
        endChange();
    }

    @Override
    public Integer get(int index) {
        return rows[index];
    }

    /** The row index at a position of the list, without boxing. */
    public int rowAt(int index) {
        return rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** Where a row is in the list, or -1 when the filter leaves it out. */
    public int positionOf(int row) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == row) {
                return i;
            }
        }
        return -1;
    }

    /** A copy of the row indices in list order. */
    public int[] indices() {
        return rows.clone();
    }

    /** A read-only view of removed rows, so a change does not copy them into a list. */
    private static final class IntListView extends AbstractList<Integer> {
        private final int[] values;

        IntListView(int[] values) {
            this.values = values;
        }

        @Override
        public Integer get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}
