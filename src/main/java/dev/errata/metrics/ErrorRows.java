package dev.errata.metrics;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import java.util.Arrays;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * Which rows are errors. Classification: label and prediction both present and different. Regression:
 * |label − prediction| above the tolerance. Transcription: the row's word error rate above the tolerance
 * (by default 0, so any word edit).
 *
 * @param evaluable rows with both a label and a prediction
 * @param errors the error rows, a subset of {@code evaluable}
 * @param tolerance the regression or transcription tolerance used; NaN for classification
 */
public record ErrorRows(RoaringBitmap evaluable, RoaringBitmap errors, double tolerance) {

    /** The share of absolute residuals at or below the default regression tolerance: the worst fifth are errors. */
    public static final double DEFAULT_TOLERANCE_QUANTILE = 0.8;

    /** The errors of data under settings' threshold and tolerance, without the rest of a snapshot. */
    public static ErrorRows of(Dataset data, ColumnRoles roles, MetricsSettings settings) {
        return of(Outcomes.of(data, roles, settings.threshold()), settings.tolerance());
    }

    /**
     * The errors of the model a project's review was drawn against (the one its roles name), which the
     * hand-tag estimates of its other models are stratified by; null when no tag is estimated from a review
     * or the roles name no prediction.
     */
    public static ErrorRows ofReviewedModel(
            Dataset data, ColumnRoles roles, MetricsSettings settings, List<TagInput> tags) {
        boolean sampled = tags.stream().anyMatch(TagInput::sampled);
        return sampled && roles.prediction() != null ? of(data, roles, settings) : null;
    }

    /** Classification errors, or regression errors at the default tolerance. */
    public static ErrorRows of(Outcomes outcomes) {
        return of(outcomes, Double.NaN);
    }

    /** @param tolerance the regression or transcription tolerance, NaN for the default; ignored for classification */
    public static ErrorRows of(Outcomes outcomes, double tolerance) {
        double used = switch (outcomes.task()) {
            case REGRESSION -> Double.isNaN(tolerance) ? defaultTolerance(outcomes) : tolerance;
            case TRANSCRIPTION -> Double.isNaN(tolerance) ? 0 : tolerance;
            case BINARY, MULTICLASS -> Double.NaN;
        };
        RowSets sets = RowChunks.reduce(
                outcomes.rowCount(),
                RowSets::new,
                (acc, from, to) -> {
                    RoaringBitmapWriter<RoaringBitmap> evaluable =
                            RoaringBitmapWriter.writer().get();
                    RoaringBitmapWriter<RoaringBitmap> errors =
                            RoaringBitmapWriter.writer().get();
                    for (int row = from; row < to; row++) {
                        if (outcomes.isEvaluable(row)) {
                            evaluable.add(row);
                            if (isError(outcomes, row, used)) {
                                errors.add(row);
                            }
                        }
                    }
                    acc.evaluable = evaluable.get();
                    acc.errors = errors.get();
                },
                RowSets::merge);
        return new ErrorRows(sets.evaluable, sets.errors, used);
    }

    /** For an evaluable row; {@code tolerance} as in {@link #tolerance()}. */
    static boolean isError(Outcomes outcomes, int row, double tolerance) {
        return switch (outcomes.task()) {
            case REGRESSION -> Math.abs(outcomes.residual(row)) > tolerance;
            case TRANSCRIPTION -> outcomes.transcripts().wordErrorRate(row) > tolerance;
            case BINARY, MULTICLASS -> outcomes.labelClass(row) != outcomes.predictedClass(row);
        };
    }

    /** The 80th percentile of absolute residuals, interpolated linearly as numpy's default; NaN with no rows. */
    public static double defaultTolerance(Outcomes outcomes) {
        double[] absolute = new double[outcomes.evaluableRows()];
        int next = 0;
        for (int row = 0; row < outcomes.rowCount(); row++) {
            if (outcomes.isEvaluable(row)) {
                absolute[next++] = Math.abs(outcomes.residual(row));
            }
        }
        Arrays.parallelSort(absolute);
        return quantile(absolute, DEFAULT_TOLERANCE_QUANTILE);
    }

    /** numpy.quantile's default ("linear") of ascending values. */
    static double quantile(double[] sorted, double q) {
        return quantile(sorted.length, q, rank -> sorted[(int) rank]);
    }

    /**
     * numpy.quantile's default ("linear") of {@code count} ascending values read by rank, for values held
     * elsewhere (sorted on a cluster): only the two values at {@link #quantileRanks} are read.
     */
    public static double quantile(long count, double q, java.util.function.LongToDoubleFunction sortedAt) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] ranks = quantileRanks(count, q);
        double below = sortedAt.applyAsDouble(ranks[0]);
        double above = sortedAt.applyAsDouble(ranks[1]);
        return below + (above - below) * (q * (count - 1) - ranks[0]);
    }

    /** The ranks (from 0) of the two ascending values whose interpolation is the {@code q} quantile. */
    public static long[] quantileRanks(long count, double q) {
        long below = (long) Math.floor(q * (count - 1));
        return new long[] {below, Math.min(below + 1, count - 1)};
    }

    public int errorCount() {
        return errors.getCardinality();
    }

    public int evaluableCount() {
        return evaluable.getCardinality();
    }

    /** The row sets of one chunk of rows, merged by union. */
    private static final class RowSets {
        private RoaringBitmap evaluable = new RoaringBitmap();
        private RoaringBitmap errors = new RoaringBitmap();

        RowSets merge(RowSets other) {
            evaluable.or(other.evaluable);
            errors.or(other.errors);
            return this;
        }
    }
}
