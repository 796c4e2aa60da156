package dev.errata.spark;

import dev.errata.data.Task;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.ClassificationMetrics;
import dev.errata.metrics.ConfusionCounts;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.RegressionMetrics;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * The desktop's metrics snapshot of counts made on Spark, so that the desktop's JSON writer writes the
 * job's document. The snapshot's row sets only count here: the rows stay on the cluster, so the sets hold
 * the first n row numbers, kept in one run each whatever n is. Sections the job does not count yet (scores,
 * slices, tags) are absent, as for data without them.
 */
final class CountedSnapshot {

    private CountedSnapshot() {}

    static MetricsSnapshot of(ClassificationOnSpark counted, String positiveClass) {
        checkRows(counted.rows());
        List<String> classes = counted.classes();
        ConfusionCounts counts = counted.counts();
        long[] cells = new long[2];
        counts.forEachCell((actual, predicted, n) -> {
            cells[0] += n;
            cells[1] += actual == predicted ? 0 : n;
        });
        Task task = classes.size() == 2 ? Task.BINARY : Task.MULTICLASS;
        ErrorRows rows = new ErrorRows(firstRows(cells[0]), firstRows(cells[1]), Double.NaN);
        return counted(
                task,
                classes,
                counted.rows(),
                MetricsSettings.defaults(),
                rows,
                ClassificationMetrics.of(classes, counts),
                task == Task.BINARY ? binaryRates(counts, positiveIndex(classes, positiveClass)) : null,
                null);
    }

    static MetricsSnapshot of(RegressionOnSpark summed) {
        checkRows(summed.rows());
        return counted(
                Task.REGRESSION,
                List.of(),
                summed.rows(),
                MetricsSettings.defaults().withTolerance(summed.tolerance()),
                new ErrorRows(firstRows(summed.evaluable()), firstRows(summed.errors()), summed.tolerance()),
                null,
                null,
                summed.sums().metrics());
    }

    /** A snapshot of the sections the job counts; the others absent, as for data without them. */
    private static MetricsSnapshot counted(
            Task task,
            List<String> classes,
            long rows,
            MetricsSettings settings,
            ErrorRows errorRows,
            ClassificationMetrics classification,
            BinaryRates predictionRates,
            RegressionMetrics regression) {
        return new MetricsSnapshot(
                task,
                classes,
                (int) rows,
                (int) (rows - errorRows.evaluableCount()),
                settings,
                errorRows,
                null,
                classification,
                null,
                predictionRates,
                null,
                regression,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of());
    }

    private static void checkRows(long rows) {
        if (rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "the document counts rows in 32 bits: " + rows + " rows are more than " + Integer.MAX_VALUE);
        }
    }

    private static RoaringBitmap firstRows(long n) {
        return RoaringBitmap.bitmapOfRange(0, n);
    }

    /** The positive class given, else the last in class order, as on the desktop. */
    private static int positiveIndex(List<String> classes, String positiveClass) {
        if (positiveClass == null) {
            return classes.size() - 1;
        }
        int index = classes.indexOf(positiveClass);
        if (index < 0) {
            throw new IllegalArgumentException("the positive class \"" + positiveClass
                    + "\" is neither a label nor a prediction; the classes are " + classes);
        }
        return index;
    }

    private static BinaryRates binaryRates(ConfusionCounts counts, int positive) {
        long[] cells = new long[4];
        counts.forEachCell((actual, predicted, n) -> {
            int cell = (actual == positive ? 0 : 2) + (predicted == positive ? 0 : 1);
            cells[cell] += n;
        });
        // cells: [tp, fn, fp, tn]
        return BinaryRates.of(cells[0], cells[2], cells[3], cells[1]);
    }
}
