package dev.errata.discovery;

/**
 * Fisher's exact test, one-sided: the chance that a slice of {@code size} rows drawn at random from
 * {@code rows} rows holding {@code errors} errors has at least the errors it has (the hypergeometric upper
 * tail). Exact where a two-proportion z-test is not: slices may hold a few dozen rows and a handful of
 * errors, and Benjamini–Hochberg needs p-values that are never too small.
 */
final class FisherTest {

    /** Terms below this share of the sum so far no longer change a double. */
    private static final double NEGLIGIBLE = 1e-17;

    private FisherTest() {}

    /** P(X ≥ hits) for X ~ Hypergeometric(population, successes, draws). */
    static double upperTail(int population, int successes, int draws, int hits) {
        int lowest = Math.max(0, draws - (population - successes));
        int highest = Math.min(draws, successes);
        if (hits <= lowest) {
            return 1;
        }
        if (hits > highest) {
            return 0;
        }
        double whole = logChoose(population, draws);
        int mode = (int) Math.floor((draws + 1.0) * (successes + 1.0) / (population + 2.0));
        if (hits > mode) {
            return sum(population, successes, draws, hits, highest, 1, whole);
        }
        // Below the mode the upper tail is large: one minus the lower tail, which falls away from the mode.
        return Math.max(0, 1 - sum(population, successes, draws, hits - 1, lowest, -1, whole));
    }

    /**
     * Σ pmf(x) from {@code from} towards {@code to}, stopping once terms no longer count; each term from the
     * one before by the ratio of neighbouring probabilities, so one logarithm of large factorials suffices.
     */
    private static double sum(int population, int successes, int draws, int from, int to, int step, double whole) {
        double others = population - successes;
        double term = Math.exp(logChoose(successes, from) + logChoose(population - successes, draws - from) - whole);
        double total = 0;
        for (int x = from; ; x += step) {
            total += term;
            if (x == to || term < total * NEGLIGIBLE) {
                return Math.min(1, total);
            }
            term *= step > 0
                    ? (double) (successes - x) * (draws - x) / ((x + 1.0) * (others - draws + x + 1))
                    : (double) x * (others - draws + x) / ((successes - x + 1.0) * (draws - x + 1));
        }
    }

    static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    /** ln n!: summed exactly for small n, Stirling's series (error below 1e-17 relative) beyond. */
    static double logFactorial(int n) {
        if (n < SMALL.length) {
            return SMALL[n];
        }
        double x = n;
        double inverse = 1 / x;
        double inverseSquared = inverse * inverse;
        return x * Math.log(x)
                - x
                + 0.5 * Math.log(2 * Math.PI * x)
                + inverse
                        * (1.0 / 12
                                - inverseSquared * (1.0 / 360 - inverseSquared * (1.0 / 1260 - inverseSquared / 1680)));
    }

    private static final double[] SMALL = new double[256];

    static {
        for (int i = 1; i < SMALL.length; i++) {
            SMALL[i] = SMALL[i - 1] + Math.log(i);
        }
    }
}
