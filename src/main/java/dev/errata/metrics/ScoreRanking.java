package dev.errata.metrics;

import java.util.Arrays;
import java.util.Iterator;

/**
 * The ranking metrics of a binary score: ROC AUC (the Mann–Whitney statistic, ties counting ½) and average
 * precision (Σ (Rₖ − Rₖ₋₁)·Pₖ over distinct thresholds, no interpolation). Ranking needs every score in
 * order, so unlike the sums it is built from the one sort of the rows by score that {@link RankedScores}
 * shares; one walk down that order computes the metrics of every group of a column
 * at once, each from a few running counts, so slicing a million rows costs a pass, not a sort per slice.
 */
public final class ScoreRanking {

    /** Rows of one score in one group: how many are positive and how many negative. */
    public record Run(int group, double score, long positives, long negatives) {

        /** Rows of one score, all in one group. */
        public Run(double score, long positives, long negatives) {
            this(0, score, positives, negatives);
        }
    }

    private final double rocAuc;
    private final double averagePrecision;

    private ScoreRanking(double rocAuc, double averagePrecision) {
        this.rocAuc = rocAuc;
        this.averagePrecision = averagePrecision;
    }

    static ScoreRanking[] perGroup(Outcomes outcomes, int[] groupOfRow, int groups) {
        RankedScores ranked = outcomes.rankedScores();
        int[] order = ranked.order();
        double[] scoreAt = ranked.scoreAt();
        boolean[] positiveAt = ranked.positiveAt();
        // the groups gathered in score order first, so the walk reads memory in sequence
        int[] groupAt = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            groupAt[i] = groupOfRow[order[i]];
        }
        Walk walk = new Walk(groups);
        for (int i = order.length - 1; i >= 0; i--) {
            int positive = positiveAt[i] ? 1 : 0;
            walk.add(groupAt[i], scoreAt[i], positive, 1 - positive);
        }
        return walk.rankings();
    }

    /**
     * The ranking of rows given as runs of equal scores, from the highest score down, each score once: what a
     * cluster hands back after grouping its rows by score and sorting the groups.
     */
    public static ScoreRanking ofRuns(Iterator<Run> fromHighest) {
        return ofRuns(fromHighest, 1)[0];
    }

    /** The same for each of {@code groups} groups, the runs of all of them in one order from the highest score. */
    public static ScoreRanking[] ofRuns(Iterator<Run> fromHighest, int groups) {
        Walk walk = new Walk(groups);
        while (fromHighest.hasNext()) {
            Run run = fromHighest.next();
            walk.add(run.group(), run.score(), run.positives(), run.negatives());
        }
        return walk.rankings();
    }

    public double rocAuc() {
        return rocAuc;
    }

    public double averagePrecision() {
        return averagePrecision;
    }

    /**
     * Running counts per group while walking down the scores, from the highest: everything a run's metrics
     * need is then above it, so no group's totals are needed before the walk. A group's run of equal scores
     * is closed when its score changes (a group starts with a NaN score, so its first row closes an empty
     * run). Closing has no branch, as whether a row is positive cannot be guessed.
     */
    private static final class Walk {
        private final double[] lastScore;
        private final long[] runPositives;
        private final long[] runNegatives;
        private final long[] positivesAbove;
        private final long[] negativesAbove;
        /** Σ over runs of the run's positives × (negatives above + half the run's negatives): the pairs a positive loses. */
        private final double[] losses;
        /** Σ over runs of the run's positives × the precision at its threshold; divided by the positives at the end. */
        private final double[] precisionSum;

        Walk(int groups) {
            lastScore = new double[groups];
            Arrays.fill(lastScore, Double.NaN);
            runPositives = new long[groups];
            runNegatives = new long[groups];
            positivesAbove = new long[groups];
            negativesAbove = new long[groups];
            losses = new double[groups];
            precisionSum = new double[groups];
        }

        void add(int g, double score, long positives, long negatives) {
            if (score != lastScore[g]) {
                closeRun(g);
                lastScore[g] = score;
            }
            runPositives[g] += positives;
            runNegatives[g] += negatives;
        }

        /**
         * A positive outranks the negatives below its run and ties with half of those in it. At this run's
         * threshold the rows flagged are those above it and in it, the true positives those of them positive.
         */
        private void closeRun(int g) {
            long runPositive = runPositives[g];
            long runNegative = runNegatives[g];
            long truePositives = positivesAbove[g] + runPositive;
            long flagged = truePositives + negativesAbove[g] + runNegative;
            losses[g] += runPositive * (negativesAbove[g] + runNegative / 2.0);
            precisionSum[g] += (double) runPositive * truePositives / Math.max(1, flagged);
            positivesAbove[g] = truePositives;
            negativesAbove[g] += runNegative;
            runPositives[g] = 0;
            runNegatives[g] = 0;
        }

        ScoreRanking[] rankings() {
            ScoreRanking[] rankings = new ScoreRanking[lastScore.length];
            for (int g = 0; g < rankings.length; g++) {
                rankings[g] = ranking(g);
            }
            return rankings;
        }

        ScoreRanking ranking(int g) {
            closeRun(g);
            long positives = positivesAbove[g];
            double pairs = (double) positives * negativesAbove[g];
            double auc = pairs == 0 ? Double.NaN : (pairs - losses[g]) / pairs;
            double ap = positives == 0 ? Double.NaN : precisionSum[g] / positives;
            return new ScoreRanking(auc, ap);
        }
    }
}
