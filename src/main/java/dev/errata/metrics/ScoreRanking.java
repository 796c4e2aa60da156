package dev.errata.metrics;

import java.util.function.IntUnaryOperator;

/**
 * The ranking metrics of a binary score: ROC AUC (the Mann–Whitney statistic, ties counting ½) and average
 * precision (Σ (Rₖ − Rₖ₋₁)·Pₖ over distinct thresholds, no interpolation). Ranking needs every score in
 * order, so unlike the sums it is built from the one sort of the rows by score that {@link RankedScores}
 * shares; one walk up that order computes the metrics of every group of a column
 * at once, each from a few running counts, so slicing a million rows costs a pass, not a sort per slice.
 */
final class ScoreRanking {

    private final double rocAuc;
    private final double averagePrecision;

    private ScoreRanking(double rocAuc, double averagePrecision) {
        this.rocAuc = rocAuc;
        this.averagePrecision = averagePrecision;
    }

    static ScoreRanking[] perGroup(Outcomes outcomes, IntUnaryOperator groupOf, int groups) {
        RankedScores ranked = outcomes.rankedScores();
        int[] order = ranked.order();
        double[] scoreAt = ranked.scoreAt();
        boolean[] positiveAt = ranked.positiveAt();
        int n = order.length;
        // the groups gathered in score order, so the walk below reads memory in sequence
        int[] groupAt = new int[n];
        long[] positives = new long[groups];
        long[] rows = new long[groups];
        for (int i = 0; i < n; i++) {
            int g = groupOf.applyAsInt(order[i]);
            groupAt[i] = g;
            rows[g]++;
            positives[g] += positiveAt[i] ? 1 : 0;
        }
        Walk walk = new Walk(groups, positives, rows);
        for (int i = 0; i < n; i++) {
            walk.add(groupAt[i], scoreAt[i], positiveAt[i]);
        }
        ScoreRanking[] rankings = new ScoreRanking[groups];
        for (int g = 0; g < groups; g++) {
            rankings[g] = walk.ranking(g);
        }
        return rankings;
    }

    double rocAuc() {
        return rocAuc;
    }

    double averagePrecision() {
        return averagePrecision;
    }

    /** Running counts per group while walking up the scores; a run of equal scores is closed when the score changes. */
    private static final class Walk {
        private final long[] positives;
        private final long[] rows;
        private final boolean[] started;
        private final double[] lastScore;
        private final long[] runPositives;
        private final long[] runNegatives;
        private final long[] negativesBelow;
        private final long[] positivesBelow;
        private final long[] rowsBelow;
        private final double[] wins;
        private final double[] precisionSum;

        Walk(int groups, long[] positives, long[] rows) {
            this.positives = positives;
            this.rows = rows;
            started = new boolean[groups];
            lastScore = new double[groups];
            runPositives = new long[groups];
            runNegatives = new long[groups];
            negativesBelow = new long[groups];
            positivesBelow = new long[groups];
            rowsBelow = new long[groups];
            wins = new double[groups];
            precisionSum = new double[groups];
        }

        void add(int g, double score, boolean positive) {
            if (started[g] && score != lastScore[g]) {
                closeRun(g);
            }
            started[g] = true;
            lastScore[g] = score;
            if (positive) {
                runPositives[g]++;
            } else {
                runNegatives[g]++;
            }
        }

        /**
         * A positive outranks every negative below its run and ties with half of those in it. At this run's
         * threshold the rows flagged are all from it upwards, the true positives those of them positive.
         */
        private void closeRun(int g) {
            wins[g] += runPositives[g] * (negativesBelow[g] + runNegatives[g] / 2.0);
            if (positives[g] > 0) {
                precisionSum[g] += (double) runPositives[g] / positives[g]
                        * (positives[g] - positivesBelow[g]) / (rows[g] - rowsBelow[g]);
            }
            negativesBelow[g] += runNegatives[g];
            positivesBelow[g] += runPositives[g];
            rowsBelow[g] += runPositives[g] + runNegatives[g];
            runPositives[g] = 0;
            runNegatives[g] = 0;
        }

        ScoreRanking ranking(int g) {
            if (started[g]) {
                closeRun(g);
            }
            long negatives = rows[g] - positives[g];
            double auc = positives[g] == 0 || negatives == 0 ? Double.NaN : wins[g] / ((double) positives[g] * negatives);
            double ap = positives[g] == 0 ? Double.NaN : precisionSum[g];
            return new ScoreRanking(auc, ap);
        }
    }
}
