package dev.errata.metrics.plots;

import dev.errata.data.Task;
import dev.errata.metrics.Outcomes;
import java.util.ArrayList;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * Calibration: rows in equal-width bins of the score, each bin's mean score against how often it came
 * true. Binary: the positive-class score against the share of positive labels (scikit-learn's
 * {@code calibration_curve}, uniform strategy). Multiclass: the probability of the predicted class
 * against accuracy (the top-label reliability diagram). Bins are [i/n, (i+1)/n), the last closed at 1.
 *
 * @param bins every bin, empty ones with rows 0 and NaN means
 * @param expectedCalibrationError Σ (rows in bin / rows) · |observed − mean score|; NaN without rows
 */
public record ReliabilityDiagram(List<Bin> bins, long rows, double expectedCalibrationError) {

    public static final int DEFAULT_BINS = 10;

    /** @param observed the share of the bin's rows whose label is positive (binary) or whose prediction is right */
    public record Bin(double low, double high, long rows, double meanScore, double observed) {}

    public ReliabilityDiagram {
        bins = List.copyOf(bins);
    }

    /** Whether the outcomes carry what the diagram needs. */
    public static boolean applies(Outcomes outcomes) {
        return ConfidentMistakes.applies(outcomes);
    }

    /** The labelled rows whose score falls in one of {@code binCount} bins, to show a bin's rows. */
    public static RoaringBitmap rows(Outcomes outcomes, int binCount, int bin) {
        RoaringBitmapWriter<RoaringBitmap> rows = RoaringBitmapWriter.writer().get();
        for (int row = 0; row < outcomes.rowCount(); row++) {
            double score = scoreOf(outcomes, row);
            if (!Double.isNaN(score) && binOf(score, binCount) == bin) {
                rows.add(row);
            }
        }
        return rows.get();
    }

    /** What a row is binned by; NaN for a row without a label or a score. */
    private static double scoreOf(Outcomes outcomes, int row) {
        if (outcomes.labelClass(row) < 0) {
            return Double.NaN;
        }
        return outcomes.task() == Task.BINARY ? outcomes.score(row) : ConfidentMistakes.confidence(outcomes, row);
    }

    private static int binOf(double score, int binCount) {
        return Math.max(0, Math.min(binCount - 1, (int) Math.floor(score * binCount)));
    }

    public static ReliabilityDiagram of(Outcomes outcomes, int binCount) {
        boolean binary = outcomes.task() == Task.BINARY;
        long[] rows = new long[binCount];
        double[] scoreSum = new double[binCount];
        long[] hits = new long[binCount];
        for (int row = 0; row < outcomes.rowCount(); row++) {
            double score = scoreOf(outcomes, row);
            if (Double.isNaN(score)) {
                continue;
            }
            int bin = binOf(score, binCount);
            rows[bin]++;
            scoreSum[bin] += score;
            boolean hit =
                    binary ? outcomes.isActualPositive(row) : outcomes.labelClass(row) == outcomes.predictedClass(row);
            hits[bin] += hit ? 1 : 0;
        }
        long total = 0;
        for (long r : rows) {
            total += r;
        }
        List<Bin> bins = new ArrayList<>(binCount);
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            double mean = rows[b] == 0 ? Double.NaN : scoreSum[b] / rows[b];
            double observed = rows[b] == 0 ? Double.NaN : (double) hits[b] / rows[b];
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, rows[b], mean, observed));
            if (rows[b] > 0) {
                ece += (double) rows[b] / total * Math.abs(observed - mean);
            }
        }
        return new ReliabilityDiagram(bins, total, total == 0 ? Double.NaN : ece);
    }
}
