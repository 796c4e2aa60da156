package dev.errata.metrics;

/**
 * What a binary model decided for a row: either its prediction column, or its score against a threshold.
 * The prediction column is what slices and the overall fairness rates use; the threshold drives the
 * threshold views.
 */
public interface BinaryDecision {

    /** True when the row has what the decision needs: a label, and a prediction or a score. */
    boolean applies(int row);

    boolean isPredictedPositive(int row);

    static BinaryDecision fromPrediction(Outcomes outcomes) {
        int positive = outcomes.positiveClass();
        return new BinaryDecision() {
            @Override
            public boolean applies(int row) {
                return outcomes.isEvaluable(row);
            }

            @Override
            public boolean isPredictedPositive(int row) {
                return outcomes.predictedClass(row) == positive;
            }
        };
    }

    /** A row is positive when its score is at least the threshold; rows without a score do not apply. */
    static BinaryDecision atThreshold(Outcomes outcomes, double threshold) {
        if (!outcomes.hasScores()) {
            throw new IllegalArgumentException("the data has no positive-class score to threshold");
        }
        return new BinaryDecision() {
            @Override
            public boolean applies(int row) {
                return outcomes.labelClass(row) >= 0 && !Double.isNaN(outcomes.score(row));
            }

            @Override
            public boolean isPredictedPositive(int row) {
                return outcomes.score(row) >= threshold;
            }
        };
    }
}
