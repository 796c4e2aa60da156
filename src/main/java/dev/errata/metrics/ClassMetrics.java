package dev.errata.metrics;

/**
 * Precision, recall and F1 of one class against the rest. Each is 0 when its denominator is 0, as
 * scikit-learn's {@code zero_division=0}, so a class that is never predicted has precision 0.
 *
 * @param support rows whose true label is the class
 */
public record ClassMetrics(String name, long support, double precision, double recall, double f1) {

    static ClassMetrics of(String name, long truePositives, long predicted, long support) {
        // F1 = 2tp / (2tp + fp + fn), the form that needs no special case when precision + recall = 0
        return new ClassMetrics(
                name,
                support,
                ratioOrZero(truePositives, predicted),
                ratioOrZero(truePositives, support),
                ratioOrZero(2 * truePositives, predicted + support));
    }

    private static double ratioOrZero(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
