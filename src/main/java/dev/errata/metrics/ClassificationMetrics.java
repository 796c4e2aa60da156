package dev.errata.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Label-based metrics of a classification. Macro averages are unweighted means over the classes that occur
 * as a label or a prediction among the evaluable rows (scikit-learn's label set); weighted averages weight
 * each class by its support. Accuracy is NaN when no row is evaluable.
 *
 * @param perClass every class, in class order
 * @param summary the classes a table shows: every class when there are at most {@link ConfusionMatrix#MAX_CLASSES},
 *     else those of the confusion matrix, the last the pooled rest (its precision and recall over their rows together)
 */
public record ClassificationMetrics(
        long rows,
        double accuracy,
        List<ClassMetrics> perClass,
        double macroPrecision,
        double macroRecall,
        double macroF1,
        double weightedPrecision,
        double weightedRecall,
        double weightedF1,
        ConfusionMatrix confusion,
        List<ClassMetrics> summary) {

    public ClassificationMetrics {
        perClass = List.copyOf(perClass);
        summary = List.copyOf(summary);
    }

    public static ClassificationMetrics of(Outcomes outcomes) {
        return of(outcomes.classes(), ConfusionCounts.over(outcomes));
    }

    public static ClassificationMetrics of(List<String> classes, ConfusionCounts counts) {
        int k = counts.classCount();
        long[] support = new long[k];
        long[] predicted = new long[k];
        long[] correct = new long[k];
        counts.forEachCell((t, p, n) -> {
            support[t] += n;
            predicted[p] += n;
            if (t == p) {
                correct[t] += n;
            }
        });
        long rows = 0;
        long right = 0;
        List<ClassMetrics> perClass = new ArrayList<>(k);
        List<ClassMetrics> occurring = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            ClassMetrics metrics = ClassMetrics.of(classes.get(c), correct[c], predicted[c], support[c]);
            perClass.add(metrics);
            if (support[c] + predicted[c] > 0) {
                occurring.add(metrics);
            }
            rows += support[c];
            right += correct[c];
        }
        ConfusionMatrix confusion = ConfusionMatrix.of(classes, counts, support, predicted, correct);
        return new ClassificationMetrics(
                rows,
                rows == 0 ? Double.NaN : (double) right / rows,
                perClass,
                mean(occurring, ClassMetrics::precision),
                mean(occurring, ClassMetrics::recall),
                mean(occurring, ClassMetrics::f1),
                weighted(perClass, rows, ClassMetrics::precision),
                weighted(perClass, rows, ClassMetrics::recall),
                weighted(perClass, rows, ClassMetrics::f1),
                confusion,
                summary(confusion, perClass, support, predicted, correct));
    }

    private static List<ClassMetrics> summary(
            ConfusionMatrix confusion, List<ClassMetrics> perClass, long[] support, long[] predicted, long[] correct) {
        if (confusion.pooledClasses() == 0) {
            return perClass;
        }
        List<ClassMetrics> shown = new ArrayList<>();
        long pooledSupport = 0;
        long pooledPredicted = 0;
        long pooledCorrect = 0;
        for (int c = 0; c < perClass.size(); c++) {
            if (confusion.classIndices().contains(c)) {
                shown.add(perClass.get(c));
            } else {
                pooledSupport += support[c];
                pooledPredicted += predicted[c];
                pooledCorrect += correct[c];
            }
        }
        shown.add(ClassMetrics.of(
                confusion.classes().get(confusion.classes().size() - 1),
                pooledCorrect,
                pooledPredicted,
                pooledSupport));
        return shown;
    }

    private static double mean(List<ClassMetrics> classes, ToDoubleFunction<ClassMetrics> metric) {
        return classes.stream().mapToDouble(metric).average().orElse(Double.NaN);
    }

    private static double weighted(List<ClassMetrics> classes, long rows, ToDoubleFunction<ClassMetrics> metric) {
        double sum = 0;
        for (ClassMetrics c : classes) {
            sum += c.support() * metric.applyAsDouble(c);
        }
        return rows == 0 ? Double.NaN : sum / rows;
    }
}
