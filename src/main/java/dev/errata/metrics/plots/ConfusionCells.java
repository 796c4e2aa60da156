package dev.errata.metrics.plots;

import dev.errata.metrics.ConfusionMatrix;
import dev.errata.metrics.Outcomes;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/** The rows behind a cell of the confusion matrix, to filter the table to one kind of mistake. */
public final class ConfusionCells {

    private ConfusionCells() {}

    /**
     * The rows behind the matrix's cell at row {@code trueRow} and column {@code predictedColumn}: labelled
     * and predicted as those classes, or as any of the pooled ones for the pooled row or column.
     */
    public static RoaringBitmap rows(Outcomes outcomes, ConfusionMatrix matrix, int trueRow, int predictedColumn) {
        int[] position = new int[outcomes.classes().size()];
        for (int c = 0; c < position.length; c++) {
            position[c] = matrix.position(c);
        }
        RoaringBitmapWriter<RoaringBitmap> rows = RoaringBitmapWriter.writer().get();
        for (int row = 0; row < outcomes.rowCount(); row++) {
            if (outcomes.isEvaluable(row)
                    && position[outcomes.labelClass(row)] == trueRow
                    && position[outcomes.predictedClass(row)] == predictedColumn) {
                rows.add(row);
            }
        }
        return rows.get();
    }
}
