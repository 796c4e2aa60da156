package dev.errata.metrics;

/**
 * The rates of a binary decision. A rate whose denominator is 0 is NaN (written as {@code null} in JSON),
 * except precision, which is 0 then, as scikit-learn's {@code zero_division=0}.
 *
 * @param rows rows the decision applies to
 * @param positiveRate predicted positive / rows
 * @param baseRate actually positive / rows
 */
public record BinaryRates(
        long rows,
        long truePositives,
        long falsePositives,
        long trueNegatives,
        long falseNegatives,
        double positiveRate,
        double baseRate,
        double tpr,
        double fnr,
        double tnr,
        double fpr,
        double precision,
        double accuracy) {

    public static BinaryRates of(long tp, long fp, long tn, long fn) {
        long rows = tp + fp + tn + fn;
        long positives = tp + fn;
        long negatives = tn + fp;
        long predictedPositive = tp + fp;
        return new BinaryRates(
                rows,
                tp,
                fp,
                tn,
                fn,
                ratio(predictedPositive, rows),
                ratio(positives, rows),
                ratio(tp, positives),
                ratio(fn, positives),
                ratio(tn, negatives),
                ratio(fp, negatives),
                predictedPositive == 0 ? 0 : (double) tp / predictedPositive,
                ratio(tp + tn, rows));
    }

    public double value(BinaryRate rate) {
        return switch (rate) {
            case POSITIVE_RATE -> positiveRate;
            case BASE_RATE -> baseRate;
            case TPR -> tpr;
            case FNR -> fnr;
            case TNR -> tnr;
            case FPR -> fpr;
            case PRECISION -> precision;
            case ACCURACY -> accuracy;
        };
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
