package dev.errata.metrics;

/**
 * A rate with its 95% interval: a count over a count with the Wilson score interval, or an estimate from
 * a reviewed sample with an interval right for its design. Undefined or unknown values are {@code NaN};
 * the JSON layer writes them as {@code null}.
 *
 * @param smallSample true when the rate rests on fewer than {@link #SMALL_SAMPLE} rows, so it is shown
 *     with a warning mark
 */
public record Proportion(double value, double low, double high, boolean smallSample) {

    /** z for a two-sided 95% interval. */
    public static final double Z = 1.959964;

    public static final long SMALL_SAMPLE = 30;

    /** {@code numerator / denominator} with its Wilson score interval; NaN when the denominator is 0. */
    public static Proportion of(long numerator, long denominator) {
        boolean small = denominator < SMALL_SAMPLE;
        if (denominator <= 0) {
            return unknown(small);
        }
        double p = (double) numerator / denominator;
        double[] bounds = wilson(p, denominator);
        return new Proportion(p, bounds[0], bounds[1], small);
    }

    /** A value that cannot be known or is undefined. */
    public static Proportion unknown(boolean smallSample) {
        return new Proportion(Double.NaN, Double.NaN, Double.NaN, smallSample);
    }

    /**
     * The Wilson score interval of a share {@code p} observed on {@code n} rows; {@code n} may be an
     * effective sample size (not whole), and an infinite one gives the point itself.
     */
    static double[] wilson(double p, double n) {
        if (Double.isInfinite(n)) {
            return new double[] {p, p};
        }
        double z2 = Z * Z;
        double scale = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / scale;
        double half = Z / scale * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * The Wilson score interval with continuity correction (Newcombe 1998, method 4) of a share {@code p}
     * on {@code n} rows, an effective size that may not be whole; an infinite one gives the point itself.
     */
    static double[] wilsonCorrected(double p, double n) {
        if (Double.isInfinite(n)) {
            return new double[] {p, p};
        }
        double z2 = Z * Z;
        double denominator = 2 * (n + z2);
        double low = p == 0
                ? 0
                : (2 * n * p + z2 - 1 - Z * Math.sqrt(Math.max(0, z2 - 2 - 1 / n + 4 * p * (n * (1 - p) + 1))))
                        / denominator;
        double high = p == 1
                ? 1
                : (2 * n * p + z2 + 1 + Z * Math.sqrt(Math.max(0, z2 + 2 - 1 / n + 4 * p * (n * (1 - p) - 1))))
                        / denominator;
        return new double[] {Math.max(0, Math.min(low, p)), Math.min(1, Math.max(high, p))};
    }

    /**
     * The complementary rate, 1 − value, with the interval mirrored: accuracy from an estimated error rate.
     * For counts, {@link #of} of the complementary count is exact to the last digit.
     */
    public Proportion complement() {
        return new Proportion(1 - value, 1 - high, 1 - low, smallSample);
    }

    public boolean isKnown() {
        return !Double.isNaN(value);
    }
}
