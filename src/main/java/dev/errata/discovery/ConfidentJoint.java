package dev.errata.discovery;

/**
 * The confident joint of confident learning (Northcutt, Jiang and Chuang, JAIR 2021) as cleanlab's
 * {@code count.compute_confident_joint} computes it with its defaults: entry [i][j] counts the rows labelled
 * i whose probability of class j reaches class j's threshold, the mean probability of j over the rows
 * labelled j; then calibrated so that each row sums to the count of its label and the whole to the rows.
 */
final class ConfidentJoint {

    /** cleanlab's threshold for a class that no row is labelled with: no row can reach it. */
    private static final double NO_THRESHOLD = 2;
    /** cleanlab's slack on the thresholds, so a row exactly at the mean of its class is confident of it. */
    private static final double SLACK = 1e-6;
    /** cleanlab's floor on a divisor, so an empty row of the joint divides to 0 instead of NaN. */
    private static final double TINY = 1e-100;

    private ConfidentJoint() {}

    /** The mean probability of each class over the rows labelled with it. */
    static double[] thresholds(int[] labels, double[][] probabilities, int classes) {
        double[] sum = new double[classes];
        long[] count = labelCounts(labels, classes);
        for (int row = 0; row < labels.length; row++) {
            sum[labels[row]] += probabilities[row][labels[row]];
        }
        double[] thresholds = new double[classes];
        for (int k = 0; k < classes; k++) {
            thresholds[k] = count[k] == 0 ? NO_THRESHOLD : sum[k] / count[k];
        }
        return thresholds;
    }

    static long[] labelCounts(int[] labels, int classes) {
        long[] count = new long[classes];
        for (int label : labels) {
            count[label]++;
        }
        return count;
    }

    /** The calibrated confident joint, [given label][true label], in whole rows. */
    static long[][] of(int[] labels, double[][] probabilities, int classes) {
        double[] thresholds = thresholds(labels, probabilities, classes);
        long[][] joint = new long[classes][classes];
        for (int row = 0; row < labels.length; row++) {
            int guess = confidentClass(probabilities[row], thresholds);
            if (guess >= 0) {
                joint[labels[row]][guess]++;
            }
        }
        // every class keeps at least one row counted as correctly labelled, as cleanlab guarantees
        for (int k = 0; k < classes; k++) {
            joint[k][k] = Math.max(joint[k][k], 1);
        }
        return calibrated(joint, labelCounts(labels, classes));
    }

    /**
     * The class a row is confidently of: the one class at or above its threshold, or, when several are,
     * the most probable class overall (cleanlab takes the argmax over all classes there, the first on a
     * tie); -1 when none is.
     */
    static int confidentClass(double[] p, double[] thresholds) {
        int confident = -1;
        int count = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] >= thresholds[k] - SLACK) {
                count++;
                if (confident < 0) {
                    confident = k;
                }
            }
        }
        return count > 1 ? mostProbable(p) : confident;
    }

    /** The first class of the highest probability, as numpy's argmax. */
    static int mostProbable(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Each row scaled to its label's count, then all to the number of rows, rounded keeping row totals. */
    private static long[][] calibrated(long[][] joint, long[] labelCounts) {
        int classes = joint.length;
        double[][] scaled = new double[classes][classes];
        double total = 0;
        long rows = 0;
        for (int i = 0; i < classes; i++) {
            long rowSum = 0;
            for (long c : joint[i]) {
                rowSum += c;
            }
            for (int j = 0; j < classes; j++) {
                scaled[i][j] = joint[i][j] / Math.max(rowSum, TINY) * labelCounts[i];
                total += scaled[i][j];
            }
            rows += labelCounts[i];
        }
        long[][] calibrated = new long[classes][];
        for (int i = 0; i < classes; i++) {
            for (int j = 0; j < classes; j++) {
                scaled[i][j] = scaled[i][j] / Math.max(total, TINY) * rows;
            }
            calibrated[i] = RoundedCounts.preservingSum(scaled[i]);
        }
        return calibrated;
    }
}
