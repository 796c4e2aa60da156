package dev.errata.discovery;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.Task;
import dev.errata.metrics.Outcomes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rows whose given label is likely wrong, by confident learning (Northcutt, Jiang and Chuang, JAIR 2021),
 * as cleanlab's {@code find_label_issues} with its defaults, ranked by self-confidence. The probabilities
 * must be out-of-sample (cross-validated or held out): a model's probabilities on rows it was trained on
 * have learnt their labels, wrong ones included, and hide them.
 *
 * @param classes the classes, in the order of the indices below
 * @param rowsConsidered the rows with a label and every class's probability, the only ones that can be flagged
 * @param confidentJoint the calibrated confident joint, [given class][true class], in rows
 * @param suspects the flagged rows, least self-confident first
 */
public record LabelErrors(List<String> classes, int rowsConsidered, long[][] confidentJoint, List<Suspect> suspects) {

    /**
     * One row whose label is suspect.
     *
     * @param row the row index in the data
     * @param given the class index of the label it has
     * @param suggested the class index the model finds most probable
     * @param selfConfidence the model's probability of the given label
     */
    public record Suspect(int row, int given, int suggested, double selfConfidence) {}

    public LabelErrors {
        classes = List.copyOf(classes);
        suspects = List.copyOf(suspects);
    }

    /**
     * The suspects of a classification's data: from its class probability columns, or from a binary score
     * (the positive class's probability, the other class's its complement).
     *
     * @throws IllegalArgumentException for a regression, or data with no probabilities
     */
    public static LabelErrors of(Dataset data, ColumnRoles roles) {
        if (roles.task() == Task.REGRESSION) {
            throw new IllegalArgumentException(
                    "label errors need a classification; " + data.name() + " is a regression");
        }
        Outcomes outcomes = Outcomes.of(data, roles);
        LabelErrorsInput input = LabelErrorsInput.of(outcomes, data.name());
        return find(outcomes.classes(), input.rows(), input.labels(), input.probabilities());
    }

    /**
     * The suspects among rows with known labels and probabilities.
     *
     * @param rows each row's index in the data
     * @param labels each row's class index
     * @param probabilities each row's probability of each class
     */
    public static LabelErrors find(List<String> classes, int[] rows, int[] labels, double[][] probabilities) {
        long[][] joint = ConfidentJoint.of(labels, probabilities, classes.size());
        boolean[] flagged = LabelErrorsPruning.flagged(labels, probabilities, joint);
        List<Suspect> suspects = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (flagged[i]) {
                suspects.add(new Suspect(
                        rows[i],
                        labels[i],
                        ConfidentJoint.mostProbable(probabilities[i]),
                        probabilities[i][labels[i]]));
            }
        }
        suspects.sort(Comparator.comparingDouble(Suspect::selfConfidence).thenComparingInt(Suspect::row));
        return new LabelErrors(classes, labels.length, joint, suspects);
    }
}
