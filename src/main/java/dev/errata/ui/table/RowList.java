package dev.errata.ui.table;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The table's items: row indices held in one int array, so a million rows cost four megabytes rather
 * than a million objects. Replaced whole when the filter or sort changes.
 */
public final class RowList extends ObservableListBase<Integer> {

    private int[] rows = new int[0];

    /**
     * Fires one change of the whole list. Not through beginChange and nextRemove: JavaFX's change builder
     * boxes the removed rows one by one into a list of its own, a million Integers a sort.
     */
    void replace(int[] newRows) {
        int[] old = rows;
        rows = newRows;
        if (old.length > 0 || newRows.length > 0) {
            fireChange(new WholeListChange(this, new IntListView(old)));
        }
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

    /** Every line replaced: the removed rows are read from the old array only if a listener asks. */
    private static final class WholeListChange extends ListChangeListener.Change<Integer> {
        private final List<Integer> removed;
        private boolean atChange;

        WholeListChange(RowList list, List<Integer> removed) {
            super(list);
            this.removed = removed;
        }

        @Override
        public boolean next() {
            atChange = !atChange;
            return atChange;
        }

        @Override
        public void reset() {
            atChange = false;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return getList().size();
        }

        @Override
        public List<Integer> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
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
