package dev.errata.spark;

import dev.errata.data.Task;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.ClassificationMetrics;
import dev.errata.metrics.ConfusionCounts;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.RegressionMetrics;
import dev.errata.metrics.ScoreMetrics;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagMetrics;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * The desktop's metrics snapshot of counts made on Spark, so that the desktop's JSON writer writes the
 * job's document. The snapshot's row sets only count here: the rows stay on the cluster, so the sets hold
 * the first n row numbers, kept in one run each whatever n is. Sections the job does not count (the score
 * metrics of slices) are absent, as for data without them.
 */
final class CountedSnapshot {

    private CountedSnapshot() {}

    /**
     * @param threshold the threshold of a binary score's rates
     * @param scores the score metrics overall, with a binary score's counts at the threshold; null without scores
     */
    static MetricsSnapshot of(
            ClassificationOnSpark counted,
            int positive,
            double threshold,
            SliceScoresOnSpark.Scored scores,
            SlicesOnSpark.Tables slices,
            List<TagMetrics> tags) {
        checkRows(counted.rows());
        List<String> classes = counted.classes();
        ConfusionCounts counts = counted.counts();
        Task task = classes.size() == 2 ? Task.BINARY : Task.MULTICLASS;
        ConfusionTotals totals = ConfusionTotals.of(counts, task == Task.BINARY ? positive : -1);
        ErrorRows rows = new ErrorRows(firstRows(totals.evaluable()), firstRows(totals.errors()), Double.NaN);
        // a binary score's decision at the threshold, beside the prediction column's
        boolean thresholded = scores != null && task == Task.BINARY;
        return counted(
                task,
                classes,
                counted.rows(),
                MetricsSettings.defaults().withThreshold(threshold),
                rows,
                ClassificationMetrics.of(classes, counts),
                scores == null ? null : scores.metrics(),
                task == Task.BINARY ? totals.rates().rates() : null,
                thresholded ? scores.atThreshold().rates() : null,
                null,
                slices.byPrediction(),
                thresholded ? slices.atThreshold() : List.of(),
                tags);
    }

    static MetricsSnapshot of(RegressionOnSpark summed, List<SliceTable> slices, List<TagMetrics> tags) {
        checkRows(summed.rows());
        return counted(
                Task.REGRESSION,
                List.of(),
                summed.rows(),
                MetricsSettings.defaults().withTolerance(summed.tolerance()),
                new ErrorRows(firstRows(summed.evaluable()), firstRows(summed.errors()), summed.tolerance()),
                null,
                null,
                null,
                null,
                summed.sums().metrics(),
                slices,
                List.of(),
                tags);
    }

    /** A snapshot of the sections the job counts; the others absent, as for data without them. */
    private static MetricsSnapshot counted(
            Task task,
            List<String> classes,
            long rows,
            MetricsSettings settings,
            ErrorRows errorRows,
            ClassificationMetrics classification,
            ScoreMetrics scores,
            BinaryRates predictionRates,
            BinaryRates thresholdRates,
            RegressionMetrics regression,
            List<SliceTable> slices,
            List<SliceTable> thresholdSlices,
            List<TagMetrics> tags) {
        return new MetricsSnapshot(
                task,
                classes,
                (int) rows,
                (int) (rows - errorRows.evaluableCount()),
                settings,
                errorRows,
                null,
                classification,
                scores,
                predictionRates,
                thresholdRates,
                regression,
                null,
                slices,
                thresholdSlices,
                tags,
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
}
