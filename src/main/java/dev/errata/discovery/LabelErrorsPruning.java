package dev.errata.discovery;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Which rows to flag from the confident joint: cleanlab's {@code filter.find_label_issues} with
 * {@code filter_by="prune_by_noise_rate"}, {@code min_examples_per_class=1} and {@code frac_noise=1}. For
 * each given label k and other class j, the joint's count of rows labelled k but truly j says how many of
 * the rows labelled k to flag: those with the largest margin p(j) − p(k).
 */
final class LabelErrorsPruning {

    private LabelErrorsPruning() {}

    /** Whether each row is flagged; a row the model predicts as its given label never is. */
    static boolean[] flagged(int[] labels, double[][] probabilities, long[][] joint) {
        int classes = joint.length;
        long[][] toPrune = keepOnePerClass(joint);
        boolean[] flagged = new boolean[labels.length];
        for (int k = 0; k < classes; k++) {
            int given = k;
            int[] rowsOfK = IntStream.range(0, labels.length)
                    .filter(row -> labels[row] == given)
                    .toArray();
            if (rowsOfK.length <= 1) {
                continue;
            }
            for (int j = 0; j < classes; j++) {
                long count = toPrune[k][j];
                if (j == k || count <= 0) {
                    continue;
                }
                int truth = j;
                Integer[] order = Arrays.stream(rowsOfK).boxed().toArray(Integer[]::new);
                // largest margin first; rows in file order on a tie, which numpy leaves unspecified
                Arrays.sort(
                        order,
                        Comparator.comparingDouble(
                                (Integer row) -> probabilities[row][given] - probabilities[row][truth]));
                for (int i = 0; i < Math.min(count, order.length); i++) {
                    flagged[order[i]] = true;
                }
            }
        }
        for (int row = 0; row < labels.length; row++) {
            if (ConfidentJoint.mostProbable(probabilities[row]) == labels[row]) {
                flagged[row] = false;
            }
        }
        return flagged;
    }

    /**
     * cleanlab's {@code _keep_at_least_n_per_class} with n = 1, in the joint's orientation [given][true]:
     * a given label whose correct count is below one takes the difference evenly from its other nonzero
     * counts; the counts are then truncated to whole rows as cleanlab's {@code astype(int)} does.
     */
    private static long[][] keepOnePerClass(long[][] joint) {
        int classes = joint.length;
        long[][] kept = new long[classes][classes];
        for (int k = 0; k < classes; k++) {
            long diagonal = Math.max(joint[k][k], 1);
            long raised = diagonal - joint[k][k];
            long nonzero = Arrays.stream(joint[k]).filter(c -> c != 0).count();
            double share = (double) raised / Math.max(nonzero - 1, 1);
            for (int j = 0; j < classes; j++) {
                kept[k][j] = j == k ? diagonal : (long) Math.max(joint[k][j] - share, 0);
            }
        }
        return kept;
    }
}
