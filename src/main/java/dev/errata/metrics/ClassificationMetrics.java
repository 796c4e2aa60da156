package dev.errata.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Label-based metrics of a classification. Macro averages are unweighted means over the classes that occur
 * as a label or a prediction among the evaluable rows (scikit-learn's label set); weighted averages weight
 * each class by its support. Accuracy is NaN when no row is evaluable.
 */
public record ClassificationMetrics(
        long rows, double accuracy, List<ClassMetrics> perClass,
        double macroPrecision, double macroRecall, double macroF1,
        double weightedPrecision, double weightedRecall, double weightedF1,
        ConfusionMatrix confusion) {

    public ClassificationMetrics {
        perClass = List.copyOf(perClass);
    }

    public static ClassificationMetrics of(Outcomes outcomes) {
        return of(outcomes.classes(), ConfusionCounts.over(outcomes));
    }

    public static ClassificationMetrics of(List<String> classes, ConfusionCounts counts) {
        int k = counts.classCount();
        long rows = 0;
        long correct = 0;
        List<ClassMetrics> perClass = new ArrayList<>(k);
        List<ClassMetrics> occurring = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            long support = 0;
            long predicted = 0;
            for (int other = 0; other < k; other++) {
                support += counts.count(c, other);
                predicted += counts.count(other, c);
            }
            ClassMetrics metrics = ClassMetrics.of(classes.get(c), counts.count(c, c), predicted, support);
            perClass.add(metrics);
            if (support + predicted > 0) {
                occurring.add(metrics);
            }
            rows += support;
            correct += counts.count(c, c);
        }
        return new ClassificationMetrics(rows, rows == 0 ? Double.NaN : (double) correct / rows, perClass,
                mean(occurring, ClassMetrics::precision), mean(occurring, ClassMetrics::recall), mean(occurring, ClassMetrics::f1),
                weighted(perClass, rows, ClassMetrics::precision), weighted(perClass, rows, ClassMetrics::recall),
                weighted(perClass, rows, ClassMetrics::f1),
                ConfusionMatrix.of(classes, counts));
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
