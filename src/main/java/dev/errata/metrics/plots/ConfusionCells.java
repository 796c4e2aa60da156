package dev.errata.metrics.plots;

import dev.errata.metrics.Outcomes;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/** The rows behind a cell of the confusion matrix, to filter the table to one kind of mistake. */
public final class ConfusionCells {

    private ConfusionCells() {
    }

    /** The rows labelled {@code trueClass} and predicted {@code predictedClass} (indices in class order). */
    public static RoaringBitmap rows(Outcomes outcomes, int trueClass, int predictedClass) {
        RoaringBitmapWriter<RoaringBitmap> rows = RoaringBitmapWriter.writer().get();
        for (int row = 0; row < outcomes.rowCount(); row++) {
            if (outcomes.labelClass(row) == trueClass && outcomes.predictedClass(row) == predictedClass) {
                rows.add(row);
            }
        }
        return rows.get();
    }
}
