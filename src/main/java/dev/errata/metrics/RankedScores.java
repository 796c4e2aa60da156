package dev.errata.metrics;

import java.util.Arrays;

/**
 * The rows with a label and a score in ascending order of score, with each one's score and whether it is
 * positive laid out in that order: sorted and gathered once, then read in sequence by the ranking metrics
 * of the whole data and of every slice.
 */
record RankedScores(int[] order, double[] scoreAt, boolean[] positiveAt) {

    /**
     * The rows of {@code ascending} with a label and a score, gathered in one pass: the order itself where
     * every row has both.
     *
     * @param ascending every row, in ascending order of score
     */
    static RankedScores of(Outcomes outcomes, int[] ascending) {
        double[] scores = new double[ascending.length];
        boolean[] positive = new boolean[ascending.length];
        // made at the first row left out: until then the rows ranked are the order itself
        int[] order = null;
        int ranked = 0;
        for (int row : ascending) {
            if (outcomes.isRanked(row)) {
                if (order != null) {
                    order[ranked] = row;
                }
                scores[ranked] = outcomes.score(row);
                positive[ranked] = outcomes.isActualPositive(row);
                ranked++;
            } else if (order == null) {
                order = new int[ascending.length];
                System.arraycopy(ascending, 0, order, 0, ranked);
            }
        }
        return order == null
                ? new RankedScores(ascending, scores, positive)
                : new RankedScores(
                        Arrays.copyOf(order, ranked), Arrays.copyOf(scores, ranked), Arrays.copyOf(positive, ranked));
    }
}
