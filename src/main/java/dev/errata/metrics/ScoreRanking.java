package dev.errata.metrics;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The scores of positive and negative rows grouped by distinct score, for the ranking metrics. Ranking
 * needs every score in order, so unlike the sums it is built from one sort of the rows by score (shared by
 * all groups, see {@link Outcomes#scoreOrder()}) rather than merged per chunk.
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

    /**
     * The ranking of each group's rows, from one walk over the rows in score order: no group sorts its own
     * scores, so ranking the slices of a column costs one pass.
     */
    static ScoreRanking[] perGroup(Outcomes outcomes, IntUnaryOperator groupOf, int groups) {
        long[][] positivesAt = new long[groups][16];
        long[][] negativesAt = new long[groups][16];
        int[] distinct = new int[groups];
        long[] positives = new long[groups];
        long[] negatives = new long[groups];
        double[] lastScore = new double[groups];
        for (int row : outcomes.scoreOrder()) {
            int g = groupOf.applyAsInt(row);
            double score = outcomes.score(row);
            if (distinct[g] == 0 || score != lastScore[g]) {
                if (distinct[g] == positivesAt[g].length) {
                    positivesAt[g] = Arrays.copyOf(positivesAt[g], distinct[g] * 2);
                    negativesAt[g] = Arrays.copyOf(negativesAt[g], distinct[g] * 2);
                }
                distinct[g]++;
                lastScore[g] = score;
            }
            if (outcomes.isActualPositive(row)) {
                positivesAt[g][distinct[g] - 1]++;
                positives[g]++;
            } else {
                negativesAt[g][distinct[g] - 1]++;
                negatives[g]++;
            }
        }
        ScoreRanking[] rankings = new ScoreRanking[groups];
        for (int g = 0; g < groups; g++) {
            rankings[g] = new ScoreRanking(positives[g], negatives[g], Arrays.copyOf(positivesAt[g], distinct[g]),
                    Arrays.copyOf(negativesAt[g], distinct[g]));
        }
        return rankings;
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
