package dev.errata.metrics;

/**
 * A rate {@code numerator / denominator} with its 95% Wilson score interval. Undefined values (a zero
 * denominator) are {@code NaN}; the JSON layer writes them as {@code null}.
 *
 * @param smallSample true when the denominator is below {@link #SMALL_SAMPLE}, so the rate is shown with
 *     a warning mark
 */
public record Proportion(long numerator, long denominator, double value, double low, double high, boolean smallSample) {

    /** z for a two-sided 95% interval. */
    public static final double Z = 1.959964;
    public static final long SMALL_SAMPLE = 30;

    public static Proportion of(long numerator, long denominator) {
        boolean small = denominator < SMALL_SAMPLE;
        if (denominator <= 0) {
            return new Proportion(numerator, denominator, Double.NaN, Double.NaN, Double.NaN, small);
        }
        double n = denominator;
        double p = numerator / n;
        double z2 = Z * Z;
        double scale = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / scale;
        double half = Z / scale * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Proportion(numerator, denominator, p, Math.max(0, centre - half), Math.min(1, centre + half), small);
    }

    /** The complementary rate, (denominator − numerator) / denominator, e.g. accuracy from error rate. */
    public Proportion complement() {
        return of(denominator - numerator, denominator);
    }
}
