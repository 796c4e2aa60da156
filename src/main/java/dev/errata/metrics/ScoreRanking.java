package dev.errata.metrics;

import java.util.Arrays;

/**
 * The scores of positive and negative rows grouped by distinct score, for the ranking metrics. Ranking
 * needs every score in order, so unlike the sums it is built from one sort rather than merged per chunk.
 */
final class ScoreRanking {

    private final long positives;
    private final long negatives;
    /** Per distinct score, ascending: how many positive and negative rows hold it. */
    private final long[] positivesAt;
    private final long[] negativesAt;

    private ScoreRanking(long positives, long negatives, long[] positivesAt, long[] negativesAt) {
        this.positives = positives;
        this.negatives = negatives;
        this.positivesAt = positivesAt;
        this.negativesAt = negativesAt;
    }

    /** Sorts both arrays in place. */
    static ScoreRanking of(double[] positiveScores, double[] negativeScores) {
        Arrays.parallelSort(positiveScores);
        Arrays.parallelSort(negativeScores);
        int size = positiveScores.length + negativeScores.length;
        long[] positivesAt = new long[size];
        long[] negativesAt = new long[size];
        int groups = 0;
        int i = 0;
        int j = 0;
        while (i < positiveScores.length || j < negativeScores.length) {
            double score = Math.min(i < positiveScores.length ? positiveScores[i] : Double.POSITIVE_INFINITY,
                    j < negativeScores.length ? negativeScores[j] : Double.POSITIVE_INFINITY);
            while (i < positiveScores.length && positiveScores[i] == score) {
                positivesAt[groups]++;
                i++;
            }
            while (j < negativeScores.length && negativeScores[j] == score) {
                negativesAt[groups]++;
                j++;
            }
            groups++;
        }
        return new ScoreRanking(positiveScores.length, negativeScores.length,
                Arrays.copyOf(positivesAt, groups), Arrays.copyOf(negativesAt, groups));
    }

    /** The Mann–Whitney statistic: the chance a positive outranks a negative, ties counting ½. */
    double rocAuc() {
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double wins = 0;
        long negativesBelow = 0;
        for (int g = 0; g < positivesAt.length; g++) {
            wins += positivesAt[g] * (negativesBelow + negativesAt[g] / 2.0);
            negativesBelow += negativesAt[g];
        }
        return wins / ((double) positives * negatives);
    }

    /** Σ (Rₖ − Rₖ₋₁)·Pₖ over distinct thresholds from the highest score, without interpolation. */
    double averagePrecision() {
        if (positives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long truePositives = 0;
        long flagged = 0;
        for (int g = positivesAt.length - 1; g >= 0; g--) {
            truePositives += positivesAt[g];
            flagged += positivesAt[g] + negativesAt[g];
            sum += (double) positivesAt[g] / positives * truePositives / flagged;
        }
        return sum;
    }
}
