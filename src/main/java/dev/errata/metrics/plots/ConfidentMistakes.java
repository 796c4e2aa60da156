package dev.errata.metrics.plots;

import dev.errata.data.RowOrder;
import dev.errata.data.Task;
import dev.errata.metrics.Outcomes;
import org.roaringbitmap.RoaringBitmap;

/**
 * The errors the model was surest of: classification errors ordered by the score of the predicted class,
 * highest first. These are often label mistakes or a systematic blind spot, so they are reviewed first.
 */
public final class ConfidentMistakes {

    private ConfidentMistakes() {}

    /** Whether the outcomes carry a confidence: a binary score or multiclass class probabilities. */
    public static boolean applies(Outcomes outcomes) {
        return outcomes.task() == Task.BINARY
                ? outcomes.hasScores()
                : outcomes.task() == Task.MULTICLASS && outcomes.hasClassProbabilities();
    }

    /** The error rows, most confident first; rows without a confidence last, in file order. */
    public static int[] order(Outcomes outcomes, RoaringBitmap errors) {
        double[] confidence = new double[outcomes.rowCount()];
        int[] rows = errors.toArray();
        for (int row : rows) {
            confidence[row] = confidence(outcomes, row);
        }
        return RowOrder.sortByValues(confidence, rows, false);
    }

    /** The probability the model gave the class it predicted; NaN when unknown. */
    public static double confidence(Outcomes outcomes, int row) {
        int predicted = outcomes.predictedClass(row);
        if (predicted < 0) {
            return Double.NaN;
        }
        if (outcomes.task() == Task.BINARY) {
            double score = outcomes.score(row);
            return predicted == outcomes.positiveClass() ? score : 1 - score;
        }
        return outcomes.classProbability(row, predicted);
    }
}
