package dev.errata.metrics;

import java.util.Arrays;

/**
 * The ROC AUC of multiclass probabilities one class against the rest, as scikit-learn's
 * {@code roc_auc_score(y, proba, multi_class="ovr")}: each class that occurs as a label gets the AUC of its
 * probability column at telling its rows from the others (Mann–Whitney, ties ½); the macro average is their
 * mean, the weighted average weights each by its share of the labels. Only the labelled rows with a
 * probability for every class count (scikit-learn needs the whole matrix). NaN when a class has no
 * probability column or fewer than two classes occur as labels, where scikit-learn refuses.
 */
public record OneVsRestAuc(double macro, double weighted) {

    private static final OneVsRestAuc UNDEFINED = new OneVsRestAuc(Double.NaN, Double.NaN);

    static OneVsRestAuc[] perGroup(Outcomes outcomes, int[] groupOfRow, int groups) {
        OneVsRestAuc[] result = new OneVsRestAuc[groups];
        int k = outcomes.classes().size();
        if (!outcomes.everyClassHasProbabilities()) {
            Arrays.fill(result, UNDEFINED);
            return result;
        }
        int[][] rowsOfGroup = completeRowsByGroup(outcomes, groupOfRow, groups);
        for (int g = 0; g < groups; g++) {
            result[g] = of(outcomes, rowsOfGroup[g], k);
        }
        return result;
    }

    private static int[][] completeRowsByGroup(Outcomes outcomes, int[] groupOfRow, int groups) {
        int k = outcomes.classes().size();
        boolean[] complete = new boolean[outcomes.rowCount()];
        int[] sizes = new int[groups];
        for (int row = 0; row < complete.length; row++) {
            boolean all = outcomes.labelClass(row) >= 0;
            for (int c = 0; c < k && all; c++) {
                all = !Double.isNaN(outcomes.classProbability(row, c));
            }
            complete[row] = all;
            if (all) {
                sizes[groupOfRow[row]]++;
            }
        }
        int[][] rows = new int[groups][];
        for (int g = 0; g < groups; g++) {
            rows[g] = new int[sizes[g]];
        }
        int[] filled = new int[groups];
        for (int row = 0; row < complete.length; row++) {
            if (complete[row]) {
                rows[groupOfRow[row]][filled[groupOfRow[row]]++] = row;
            }
        }
        return rows;
    }

    private static OneVsRestAuc of(Outcomes outcomes, int[] rows, int k) {
        long[] support = new long[k];
        for (int row : rows) {
            support[outcomes.labelClass(row)]++;
        }
        double[] aucs = new double[k];
        for (int c = 0; c < k; c++) {
            aucs[c] =
                    support[c] > 0 && support[c] < rows.length ? auc(outcomes, rows, c, (int) support[c]) : Double.NaN;
        }
        return averaged(aucs, support);
    }

    /**
     * The averages of each class's AUC against the rest, found elsewhere (e.g. on a cluster).
     *
     * @param aucs each class's AUC, read where the class occurs as a label
     * @param support how many of the rows counted (labelled, a probability for every class) are of each class
     */
    public static OneVsRestAuc averaged(double[] aucs, long[] support) {
        long rows = 0;
        for (long s : support) {
            rows += s;
        }
        double sum = 0;
        double weightedSum = 0;
        int labelled = 0;
        for (int c = 0; c < support.length; c++) {
            if (support[c] == rows) {
                return UNDEFINED;
            }
            if (support[c] > 0) {
                sum += aucs[c];
                weightedSum += aucs[c] * support[c];
                labelled++;
            }
        }
        return labelled == 0 ? UNDEFINED : new OneVsRestAuc(sum / labelled, weightedSum / rows);
    }

    /** The share of (row of class c, other row) pairs where c's row has the higher probability, ties ½. */
    private static double auc(Outcomes outcomes, int[] rows, int c, int positives) {
        double[] pos = new double[positives];
        double[] neg = new double[rows.length - positives];
        int p = 0;
        int n = 0;
        for (int row : rows) {
            double score = outcomes.classProbability(row, c);
            if (outcomes.labelClass(row) == c) {
                pos[p++] = score;
            } else {
                neg[n++] = score;
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        double wins = 0;
        int below = 0;
        int upTo = 0;
        for (double score : pos) {
            while (below < neg.length && neg[below] < score) {
                below++;
            }
            upTo = Math.max(upTo, below);
            while (upTo < neg.length && neg[upTo] == score) {
                upTo++;
            }
            wins += below + 0.5 * (upTo - below);
        }
        return wins / ((double) pos.length * neg.length);
    }
}
