package dev.errata.workbench;

import dev.errata.data.CategoricalColumn;
import dev.errata.data.Column;
import dev.errata.data.Dataset;
import dev.errata.data.NumericColumn;
import dev.errata.tags.TagMembership;
import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Data with some rows left out, e.g. the rows whose labels were confirmed wrong, so the metrics read as on
 * clean labels. The rows kept keep their ids and lines; tags are carried over to the kept rows' new indices.
 */
final class RowsLeftOut {

    private final Dataset data;
    private final RoaringBitmap leftOut;
    private final int[] kept;

    RowsLeftOut(Dataset data, RoaringBitmap leftOut) {
        this.data = data;
        this.leftOut = leftOut;
        RoaringBitmap keep = RoaringBitmap.bitmapOfRange(0, data.rowCount());
        keep.andNot(leftOut);
        this.kept = keep.toArray();
    }

    Dataset dataset() {
        List<Column> columns = new ArrayList<>();
        for (Column column : data.columns()) {
            columns.add(
                    column instanceof NumericColumn numeric
                            ? numeric(numeric)
                            : categorical((CategoricalColumn) column));
        }
        int[] lines = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            lines[i] = data.lineOf(kept[i]);
        }
        return new Dataset(data.name(), columns, lines, data.idColumn().orElse(null));
    }

    private NumericColumn numeric(NumericColumn column) {
        double[] values = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            values[i] = column.value(kept[i]);
        }
        return new NumericColumn(column.name(), values);
    }

    private CategoricalColumn categorical(CategoricalColumn column) {
        int[] codes = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            codes[i] = column.code(kept[i]);
        }
        return new CategoricalColumn(column.name(), codes, column.levels().toArray(String[]::new));
    }

    /** A tag's rows and scope at the kept rows' new indices. */
    TagMembership membership(TagMembership tag) {
        return new TagMembership(tag.tag(), reindexed(tag.rows()), reindexed(tag.scope()));
    }

    private RoaringBitmap reindexed(RoaringBitmap rows) {
        RoaringBitmap moved = new RoaringBitmap();
        RoaringBitmap.andNot(rows, leftOut).forEach((int row) -> moved.add(row - (int) leftOut.rankLong(row)));
        return moved;
    }
}
