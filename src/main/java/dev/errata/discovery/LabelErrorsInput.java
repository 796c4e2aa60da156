package dev.errata.discovery;

import dev.errata.data.Task;
import dev.errata.metrics.Outcomes;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows confident learning can judge, each with its label and a probability per class: rows with a
 * label and every probability; a binary score s is the positive class's probability, 1 − s the other's.
 */
record LabelErrorsInput(int[] rows, int[] labels, double[][] probabilities) {

    /** @param source the data's name, for the message when it has no probabilities */
    static LabelErrorsInput of(Outcomes outcomes, String source) {
        int classes = outcomes.classes().size();
        boolean binary = outcomes.task() == Task.BINARY && outcomes.hasScores();
        if (!binary && !outcomes.hasClassProbabilities()) {
            throw new IllegalArgumentException("label errors need the model's probabilities: " + source
                    + " has no score column (binary) or class probability columns (multiclass, e.g. proba_<class>)");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("label errors need two classes or more; " + source + " has " + classes);
        }
        List<Integer> rows = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        for (int row = 0; row < outcomes.rowCount(); row++) {
            if (outcomes.labelClass(row) < 0) {
                continue;
            }
            double[] p = binary ? binary(outcomes, row) : multiclass(outcomes, row, classes);
            if (p != null) {
                rows.add(row);
                probabilities.add(p);
            }
        }
        int[] rowArray = rows.stream().mapToInt(Integer::intValue).toArray();
        int[] labels = new int[rowArray.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = outcomes.labelClass(rowArray[i]);
        }
        return new LabelErrorsInput(rowArray, labels, probabilities.toArray(double[][]::new));
    }

    /** The two classes' probabilities from the score; null when it is missing. */
    private static double[] binary(Outcomes outcomes, int row) {
        double score = outcomes.score(row);
        if (Double.isNaN(score)) {
            return null;
        }
        double[] p = new double[2];
        p[outcomes.positiveClass()] = score;
        p[1 - outcomes.positiveClass()] = 1 - score;
        return p;
    }

    /** Every class's probability; null when one is missing (or a class has no column). */
    private static double[] multiclass(Outcomes outcomes, int row, int classes) {
        double[] p = new double[classes];
        for (int k = 0; k < classes; k++) {
            p[k] = outcomes.classProbability(row, k);
            if (Double.isNaN(p[k])) {
                return null;
            }
        }
        return p;
    }
}
