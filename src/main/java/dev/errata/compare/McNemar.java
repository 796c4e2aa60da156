package dev.errata.compare;

/**
 * McNemar's exact test of two models on the same rows: under "neither is better" each row that one model
 * gets right and the other wrong is as likely to fall either way, so the fixed count among the discordant
 * rows is Binomial(fixed + broken, ½). The two-sided p-value is twice the smaller tail, at most 1, as
 * {@code scipy.stats.binomtest(fixed, fixed + broken, 0.5)} gives it.
 */
public final class McNemar {

    private McNemar() {}

    /** The exact two-sided p-value; 1 when no row changed. */
    public static double exactPValue(long fixed, long broken) {
        long n = fixed + broken;
        long smaller = Math.min(fixed, broken);
        if (n == 0 || 2 * smaller == n) {
            return 1;
        }
        // the terms C(n, k) / 2^n for k = 0..smaller rise with k, so they are summed relative to the last
        // in logarithms: exact to rounding even when 2^n overflows a double
        double[] logTerms = new double[(int) smaller + 1];
        logTerms[0] = -n * Math.log(2);
        for (int k = 0; k < smaller; k++) {
            logTerms[k + 1] = logTerms[k] + Math.log((double) (n - k) / (k + 1));
        }
        double largest = logTerms[(int) smaller];
        double sum = 0;
        for (double term : logTerms) {
            sum += Math.exp(term - largest);
        }
        return Math.min(1, 2 * Math.exp(largest + Math.log(sum)));
    }
}
