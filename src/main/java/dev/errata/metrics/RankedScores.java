package dev.errata.metrics;

/**
 * The rows with a label and a score in ascending order of score, with each one's score and whether it is
 * positive laid out in that order: sorted and gathered once, then read in sequence by the ranking metrics
 * of the whole data and of every slice.
 */
record RankedScores(int[] order, double[] scoreAt, boolean[] positiveAt) {

    static RankedScores of(Outcomes outcomes, int[] order) {
        double[] scores = new double[order.length];
        boolean[] positive = new boolean[order.length];
        for (int i = 0; i < order.length; i++) {
            scores[i] = outcomes.score(order[i]);
            positive[i] = outcomes.isActualPositive(order[i]);
        }
        return new RankedScores(order, scores, positive);
    }
}
