package dev.errata.metrics;

/** The model's predicted class for data that gives its scores but no prediction column. */
final class DerivedPrediction {

    private DerivedPrediction() {}

    /** Positive when the score reaches the threshold; the other class of two otherwise; -1 without a score. */
    static int[] atThreshold(double[] score, double threshold, int positive, int classCount) {
        if (classCount > 2) {
            throw new IllegalArgumentException("a binary task has at most two classes, not " + classCount);
        }
        int negative = classCount == 2 ? 1 - positive : -1;
        int[] predicted = new int[score.length];
        for (int row = 0; row < score.length; row++) {
            double s = score[row];
            predicted[row] = Double.isNaN(s) ? -1 : s >= threshold ? positive : negative;
        }
        return predicted;
    }

    /** The class of highest probability; -1 when a probability is missing. */
    static int[] mostProbable(double[][] probabilities, int rows) {
        if (probabilities == null) {
            throw new IllegalArgumentException("without a prediction column, each class needs a score column");
        }
        int[] predicted = new int[rows];
        for (int row = 0; row < rows; row++) {
            int best = -1;
            for (int c = 0; c < probabilities.length; c++) {
                double p = probabilities[c] == null ? Double.NaN : probabilities[c][row];
                if (Double.isNaN(p)) {
                    best = -1;
                    break;
                }
                if (best < 0 || p > probabilities[best][row]) {
                    best = c;
                }
            }
            predicted[row] = best;
        }
        return predicted;
    }
}
