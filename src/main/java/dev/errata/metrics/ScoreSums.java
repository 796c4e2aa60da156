package dev.errata.metrics;

import java.io.Serializable;

/** Mergeable sums of the log loss and Brier terms of some labelled rows: a chunk's, a partition's. */
public final class ScoreSums implements Serializable {

    static ScoreSums[] array(int groups) {
        ScoreSums[] sums = new ScoreSums[groups];
        for (int g = 0; g < groups; g++) {
            sums[g] = new ScoreSums();
        }
        return sums;
    }

    private long scored;
    private long unscored;
    private double logLossSum;
    private double squaredErrorSum;
    /** The rows with a Brier term: for multiclass those with a probability for every class. */
    private long brierRows;

    /** A labelled row's terms ({@link ScoreTerms}); NaN terms: the row's true class has no probability. */
    public void add(double logLoss, double squaredError) {
        if (Double.isNaN(logLoss)) {
            unscored++;
            return;
        }
        scored++;
        logLossSum += logLoss;
        if (!Double.isNaN(squaredError)) {
            brierRows++;
            squaredErrorSum += squaredError;
        }
    }

    /** These sums followed by {@code other}'s. */
    public ScoreSums merge(ScoreSums other) {
        scored += other.scored;
        unscored += other.unscored;
        logLossSum += other.logLossSum;
        squaredErrorSum += other.squaredErrorSum;
        brierRows += other.brierRows;
        return this;
    }

    public long scored() {
        return scored;
    }

    public long unscored() {
        return unscored;
    }

    public double logLoss() {
        return scored == 0 ? Double.NaN : logLossSum / scored;
    }

    /** For binary rows (score − y)² equals (1 − p(true class))². */
    public double brierScore() {
        return brierRows == 0 ? Double.NaN : squaredErrorSum / brierRows;
    }
}
