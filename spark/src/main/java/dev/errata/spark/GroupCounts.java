package dev.errata.spark;

import dev.errata.metrics.ConfusionCounts;
import dev.errata.metrics.RateCounts;
import dev.errata.metrics.RegressionSums;
import dev.errata.metrics.SliceCounts;
import dev.errata.metrics.TranscriptionSums;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What one group of rows (a slice) counted on an executor, in the desktop's mergeable accumulators: a
 * classification's {@link ConfusionCounts}, a regression's {@link RegressionSums} and its errors. The
 * driver merges the parts and turns them into the desktop's {@link SliceCounts}.
 */
final class GroupCounts implements Serializable {

    private long rows;
    private long errors;
    private final ConfusionCounts confusion;
    private RegressionSums residuals;

    /** In place of a number of classes: the group of a regression. */
    static final int MEASURED = -1;

    /** @param classes the number of classes of a classification, {@link #MEASURED} for a regression */
    GroupCounts(int classes) {
        confusion = classes == MEASURED ? null : new ConfusionCounts(classes);
        residuals = classes == MEASURED ? new RegressionSums() : null;
    }

    /** How a row of (label, prediction, slice values…) adds to its group. */
    interface RowCounter extends Serializable {
        void add(GroupCounts group, Row row);
    }

    /** The counts of all the rows, each partition counted on its executor and the parts merged in order. */
    static GroupCounts overall(Dataset<Row> rows, int classes, RowCounter counter) {
        List<GroupCounts> parts =
                rows.javaRDD().mapPartitions(countPart(classes, counter)).collect();
        GroupCounts total = new GroupCounts(classes);
        for (GroupCounts part : parts) {
            total.merge(part);
        }
        return total;
    }

    /** A partition's counts; a static factory so the function carries only what it needs to the executors. */
    private static FlatMapFunction<Iterator<Row>, GroupCounts> countPart(int classes, RowCounter counter) {
        return rows -> {
            GroupCounts counts = new GroupCounts(classes);
            while (rows.hasNext()) {
                counter.add(counts, rows.next());
            }
            List<GroupCounts> one = new ArrayList<>(1);
            one.add(counts);
            return one.iterator();
        };
    }

    long rows() {
        return rows;
    }

    long errors() {
        return errors;
    }

    /** A classification's confusion counts. */
    ConfusionCounts confusion() {
        return confusion;
    }

    /** A regression's residual sums. */
    RegressionSums residuals() {
        return residuals;
    }

    /** A classified row: its classes' indices, -1 where missing (the row then counts but is not evaluable). */
    void addClassified(int actual, int predicted) {
        rows++;
        if (actual >= 0 && predicted >= 0) {
            confusion.add(actual, predicted);
        }
    }

    /** A regression's row: NaN where missing; an error when its absolute residual is above the tolerance. */
    void addMeasured(double actual, double predicted, double tolerance) {
        rows++;
        if (!Double.isNaN(actual) && !Double.isNaN(predicted)) {
            residuals.add(actual, predicted);
            if (Math.abs(actual - predicted) > tolerance) {
                errors++;
            }
        }
    }

    /** This group's counts followed by {@code later}'s, which come from later rows. */
    GroupCounts merge(GroupCounts later) {
        rows += later.rows;
        errors += later.errors;
        if (confusion != null) {
            confusion.merge(later.confusion);
        } else {
            residuals = residuals.merge(later.residuals);
        }
        return this;
    }

    /**
     * The desktop's counts of the slice.
     *
     * @param positive a binary classification's positive class, -1 for other tasks (no rates then)
     */
    SliceCounts slice(int positive) {
        if (confusion == null) {
            return new SliceCounts(
                    rows, residuals.metrics().rows(), errors, new RateCounts(), residuals, new TranscriptionSums());
        }
        return slice(positive, ConfusionTotals.of(confusion, positive).rates());
    }

    /** The desktop's counts of a classification's slice with the rates of another decision (a score's threshold). */
    SliceCounts slice(int positive, RateCounts rates) {
        ConfusionTotals totals = ConfusionTotals.of(confusion, positive);
        return new SliceCounts(
                rows, totals.evaluable(), totals.errors(), rates, new RegressionSums(), new TranscriptionSums());
    }
}
