package dev.errata.project;

import dev.errata.data.Dataset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.roaringbitmap.RoaringBitmap;

/**
 * Converts between row indices, which the session works with, and row ids, which files store. Counts the
 * ids the data no longer has, so opening changed data can say how much was dropped.
 */
final class RowIds {

    private final Dataset dataset;
    private int dropped;

    RowIds(Dataset dataset) {
        this.dataset = dataset;
    }

    List<String> ids(RoaringBitmap rows) {
        List<String> ids = new ArrayList<>(rows.getCardinality());
        rows.forEach((int row) -> ids.add(dataset.rowId(row)));
        return ids;
    }

    String id(int row) {
        return dataset.rowId(row);
    }

    RoaringBitmap rows(Collection<String> ids) {
        RoaringBitmap rows = new RoaringBitmap();
        for (String id : ids) {
            row(id).ifPresent(rows::add);
        }
        return rows;
    }

    /**
     * The rows of ids, not counting the ones the data lacks: who marked a row, or a queue's share of it,
     * belongs to something {@link #rows} counted already.
     */
    RoaringBitmap marked(Collection<String> ids) {
        RoaringBitmap rows = new RoaringBitmap();
        for (String id : ids) {
            known(id).ifPresent(rows::add);
        }
        return rows;
    }

    /** The row of an id, not counted as dropped when the data lacks it, as for {@link #marked}. */
    OptionalInt known(String id) {
        return dataset.rowOf(id);
    }

    /** The row of an id; empty, and counted as dropped, when the data has no such row. */
    OptionalInt row(String id) {
        OptionalInt row = dataset.rowOf(id);
        if (row.isEmpty()) {
            dropped++;
        }
        return row;
    }

    int dropped() {
        return dropped;
    }
}
