package dev.errata.metrics;

import dev.errata.data.Task;

/**
 * Metrics of the model's scores over the rows with a label. Rows whose score is missing (NaN) are left out
 * and counted in {@code unscoredRows}. Undefined values are NaN, written as {@code null} in JSON.
 *
 * <p>Binary: ROC AUC (Mann–Whitney, ties ½; NaN unless both classes occur), average precision (NaN without
 * positives), log loss and Brier score of the positive-class score. Multiclass: only log loss, from the
 * probability of the true class as given: rows are not renormalised to sum to 1, and a row whose true class
 * has no probability column counts as unscored. ROC AUC, average precision and Brier score are NaN for
 * multiclass.
 */
public record ScoreMetrics(
        long scoredRows, long unscoredRows, double rocAuc, double averagePrecision, double logLoss, double brierScore) {

    /** Probabilities are clipped to [ε, 1 − ε] so a confident mistake costs a large but finite loss. */
    public static final double EPSILON = 1e-15;

    /** @throws IllegalArgumentException when the outcomes carry no scores */
    public static ScoreMetrics of(Outcomes outcomes) {
        if (outcomes.task() == Task.BINARY && outcomes.hasScores()) {
            return binary(outcomes);
        }
        if (outcomes.task() == Task.MULTICLASS && outcomes.hasClassProbabilities()) {
            ScoreSums sums = sums(outcomes, row -> outcomes.classProbability(row, outcomes.labelClass(row)));
            return new ScoreMetrics(sums.scored, sums.unscored, Double.NaN, Double.NaN, sums.logLoss(), Double.NaN);
        }
        throw new IllegalArgumentException("the " + outcomes.task().key() + " data has no scores");
    }

    private static ScoreMetrics binary(Outcomes outcomes) {
        ScoreSums sums = sums(outcomes, row -> {
            double score = outcomes.score(row);
            return outcomes.isActualPositive(row) ? score : 1 - score;
        });
        double[] positives = new double[(int) sums.positives];
        double[] negatives = new double[(int) (sums.scored - sums.positives)];
        int p = 0;
        int n = 0;
        for (int row = 0; row < outcomes.rowCount(); row++) {
            double score = outcomes.score(row);
            if (outcomes.labelClass(row) >= 0 && !Double.isNaN(score)) {
                if (outcomes.isActualPositive(row)) {
                    positives[p++] = score;
                } else {
                    negatives[n++] = score;
                }
            }
        }
        ScoreRanking ranking = ScoreRanking.of(positives, negatives);
        return new ScoreMetrics(sums.scored, sums.unscored, ranking.rocAuc(), ranking.averagePrecision(),
                sums.logLoss(), sums.brierScore());
    }

    /** The probability the model gave a row's true class, NaN when unknown. */
    @FunctionalInterface
    private interface TrueClassProbability {
        double of(int row);
    }

    private static ScoreSums sums(Outcomes outcomes, TrueClassProbability probability) {
        return RowChunks.reduce(outcomes.rowCount(), ScoreSums::new, (sums, from, to) -> {
            for (int row = from; row < to; row++) {
                if (outcomes.labelClass(row) >= 0) {
                    sums.add(probability.of(row), outcomes.isActualPositive(row));
                }
            }
        }, ScoreSums::merge);
    }

    /** Mergeable sums of one chunk of labelled rows. */
    private static final class ScoreSums {
        private long scored;
        private long unscored;
        private long positives;
        private double logLossSum;
        private double squaredErrorSum;

        void add(double trueClassProbability, boolean positive) {
            if (Double.isNaN(trueClassProbability)) {
                unscored++;
                return;
            }
            scored++;
            positives += positive ? 1 : 0;
            logLossSum -= Math.log(Math.min(1 - EPSILON, Math.max(EPSILON, trueClassProbability)));
            double miss = 1 - trueClassProbability;
            squaredErrorSum += miss * miss;
        }

        ScoreSums merge(ScoreSums other) {
            scored += other.scored;
            unscored += other.unscored;
            positives += other.positives;
            logLossSum += other.logLossSum;
            squaredErrorSum += other.squaredErrorSum;
            return this;
        }

        double logLoss() {
            return scored == 0 ? Double.NaN : logLossSum / scored;
        }

        /** For binary rows (score − y)² equals (1 − p(true class))². */
        double brierScore() {
            return scored == 0 ? Double.NaN : squaredErrorSum / scored;
        }
    }
}
