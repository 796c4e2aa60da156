package dev.errata.metrics;

import dev.errata.data.Task;
import java.util.function.IntToDoubleFunction;

/**
 * Each labelled row's terms of the log loss and the Brier score, NaN where the row has no label or no
 * probability for its true class. A multiclass row's Brier term is Σₖ (pₖ − 1[y = k])² over every class, as
 * scikit-learn's {@code brier_score_loss} (1.7 and later) for a probability matrix, NaN when a class's
 * probability is missing. Computed once and shared: slicing by five columns would otherwise take
 * five million logarithms.
 */
public record ScoreTerms(double[] logLoss, double[] squaredError) {

    /** A row's log-loss term from the probability of its true class, clipped so a confident mistake costs a finite loss. */
    public static double logLossTerm(double trueClassProbability) {
        return -Math.log(Math.min(1 - ScoreMetrics.EPSILON, Math.max(ScoreMetrics.EPSILON, trueClassProbability)));
    }

    /** A binary row's Brier term from the probability of its true class: (1 − p)². */
    public static double binarySquaredError(double trueClassProbability) {
        return (1 - trueClassProbability) * (1 - trueClassProbability);
    }

    /** @throws IllegalArgumentException when the outcomes carry no scores */
    static ScoreTerms of(Outcomes outcomes) {
        TrueClassProbability probability = probability(outcomes);
        boolean multiclass = outcomes.task() == Task.MULTICLASS;
        double[] logLoss = new double[outcomes.rowCount()];
        double[] squaredError = new double[outcomes.rowCount()];
        RowChunks.forEach(outcomes.rowCount(), (from, to) -> {
            for (int row = from; row < to; row++) {
                double p = outcomes.labelClass(row) >= 0 ? probability.of(row) : Double.NaN;
                logLoss[row] = logLossTerm(p);
                squaredError[row] = multiclass ? multiclassSquaredError(outcomes, row, p) : binarySquaredError(p);
            }
        });
        return new ScoreTerms(logLoss, squaredError);
    }

    private static double multiclassSquaredError(Outcomes outcomes, int row, double trueClassProbability) {
        return multiclassSquaredError(
                outcomes.classes().size(),
                outcomes.labelClass(row),
                trueClassProbability,
                c -> outcomes.classProbability(row, c));
    }

    /**
     * A multiclass row's Brier term: Σₖ (pₖ − 1[y = k])², NaN when a class's probability is missing.
     *
     * @param probability each class's probability, by class index
     */
    public static double multiclassSquaredError(
            int classes, int labelClass, double trueClassProbability, IntToDoubleFunction probability) {
        double sum = (1 - trueClassProbability) * (1 - trueClassProbability);
        for (int c = 0; c < classes; c++) {
            if (c != labelClass) {
                double p = probability.applyAsDouble(c);
                sum += p * p;
            }
        }
        return sum;
    }

    /** The probability the model gave a row's true class, NaN when unknown. */
    @FunctionalInterface
    private interface TrueClassProbability {
        double of(int row);
    }

    private static TrueClassProbability probability(Outcomes outcomes) {
        if (outcomes.task() == Task.BINARY && outcomes.hasScores()) {
            return row -> outcomes.isActualPositive(row) ? outcomes.score(row) : 1 - outcomes.score(row);
        }
        if (outcomes.task() == Task.MULTICLASS && outcomes.hasClassProbabilities()) {
            return row -> outcomes.classProbability(row, outcomes.labelClass(row));
        }
        throw new IllegalArgumentException("the " + outcomes.task().key() + " data has no scores");
    }
}
