package dev.errata.metrics;

import java.util.List;

/**
 * About how many more reviews would bring a potential gain's 95% interval to ±{@value SampleReview#TARGET_POINTS}
 * points. The gain is Σ cₕpₕ over the strata; with Neyman's allocation (reviews in proportion to
 * |cₕ|·Sₕ, Sₕ = √(p(1 − p))) the smallest total n meeting the target variance V is
 * (Σ|cₕ|Sₕ)² ÷ (V + Σcₕ²Sₕ²/Nₕ) (Cochran, Sampling Techniques, 5.25). Each share is smoothed to
 * (k + 1) ÷ (n + 2), so a stratum with no tagged or no reviewed row still asks for reviews.
 */
final class ReviewsNeeded {

    private static final double TARGET = SampleReview.TARGET_POINTS / 100.0;

    private ReviewsNeeded() {}

    /** {more errors, more correct rows}; none when the current interval already meets the target. */
    static long[] forGain(List<Stratum> strata, double[] coefficients, LinearEstimate now) {
        if (now != null && now.halfWidth() <= TARGET) {
            return new long[] {0, 0};
        }
        double variance = Math.pow(TARGET / Proportion.Z, 2);
        double[] spread = new double[strata.size()];
        double sum = 0;
        double known = 0;
        for (int h = 0; h < strata.size(); h++) {
            Stratum s = strata.get(h);
            if (s.population() == 0) {
                continue;
            }
            double p = (s.tagged() + 1.0) / (s.reviewed() + 2.0);
            spread[h] = Math.abs(coefficients[h]) * Math.sqrt(p * (1 - p));
            sum += spread[h];
            known += spread[h] * spread[h] / s.population();
        }
        double total = sum * sum / (variance + known);
        long[] more = new long[2];
        for (int h = 0; h < strata.size(); h++) {
            Stratum s = strata.get(h);
            if (s.population() == 0 || sum == 0) {
                continue;
            }
            long wanted = Math.min(s.population(), (long) Math.ceil(total * spread[h] / sum));
            more[s.errors() ? 0 : 1] += Math.max(0, wanted - s.reviewed());
        }
        return more;
    }
}
