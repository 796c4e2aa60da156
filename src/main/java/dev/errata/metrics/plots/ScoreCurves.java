package dev.errata.metrics.plots;

import dev.errata.metrics.Outcomes;
import java.util.ArrayList;
import java.util.List;

/**
 * The ROC curve (x false positive rate, y true positive rate) and the precision–recall curve (x recall,
 * y precision) of a binary score, one point per distinct score from the highest down, as scikit-learn's
 * {@code roc_curve} and {@code precision_recall_curve} without dropping collinear points. Both start
 * where no row is positive: ROC at (0, 0), precision–recall at (0, 1). Built from the shared score order,
 * so no sort of its own. A point within {@value #RESOLUTION} of the previous one on both axes is left out
 * (the last is kept): a million distinct scores would make a million points where a plot shows a thousand.
 *
 * @param positives labelled positive rows with a score; the ROC curve is empty when there are none or no
 *     negatives, the precision–recall curve when there are no positives
 */
public record ScoreCurves(List<CurvePoint> roc, List<CurvePoint> precisionRecall, long positives, long negatives) {

    public static final double RESOLUTION = 1e-3;

    public ScoreCurves {
        roc = List.copyOf(roc);
        precisionRecall = List.copyOf(precisionRecall);
    }

    /** @throws IllegalArgumentException when the outcomes carry no binary score */
    public static ScoreCurves of(Outcomes outcomes) {
        if (!outcomes.hasScores()) {
            throw new IllegalArgumentException("the data has no positive-class score");
        }
        int[] order = outcomes.scoreOrder();
        long positives = 0;
        for (int row : order) {
            positives += outcomes.isActualPositive(row) ? 1 : 0;
        }
        long negatives = order.length - positives;
        List<CurvePoint> roc = new ArrayList<>();
        List<CurvePoint> pr = new ArrayList<>();
        roc.add(new CurvePoint(Double.POSITIVE_INFINITY, 0, 0));
        pr.add(new CurvePoint(Double.POSITIVE_INFINITY, 0, 1));
        long truePositives = 0;
        long falsePositives = 0;
        for (int i = order.length - 1; i >= 0; i--) {
            int row = order[i];
            double score = outcomes.score(row);
            if (outcomes.isActualPositive(row)) {
                truePositives++;
            } else {
                falsePositives++;
            }
            boolean lastOfScore = i == 0 || outcomes.score(order[i - 1]) != score;
            if (lastOfScore) {
                boolean last = i == 0;
                add(
                        roc,
                        new CurvePoint(score, (double) falsePositives / negatives, (double) truePositives / positives),
                        last);
                add(
                        pr,
                        new CurvePoint(
                                score,
                                (double) truePositives / positives,
                                (double) truePositives / (truePositives + falsePositives)),
                        last);
            }
        }
        return new ScoreCurves(
                positives == 0 || negatives == 0 ? List.of() : roc,
                positives == 0 ? List.of() : pr,
                positives,
                negatives);
    }

    private static void add(List<CurvePoint> curve, CurvePoint point, boolean last) {
        CurvePoint previous = curve.get(curve.size() - 1);
        if (last
                || Math.abs(point.x() - previous.x()) >= RESOLUTION
                || Math.abs(point.y() - previous.y()) >= RESOLUTION) {
            curve.add(point);
        }
    }
}
