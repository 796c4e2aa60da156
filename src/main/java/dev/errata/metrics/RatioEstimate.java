package dev.errata.metrics;

import java.util.List;

/**
 * The error rate inside a tag estimated from a stratified sample, R = Σ_E Nₕpₕ ÷ Σ Nₕpₕ (E: the error
 * strata), with a Fieller-type 95% interval: R ≥ r exactly when D(r) = Σ Nₕ(eₕ − r)pₕ ≥ 0 (eₕ = 1 for
 * error strata), so the interval holds each r whose D(r) has a MOVER interval ({@link LinearEstimate})
 * around 0. It is never the 100% ± nothing of a plain count over error-heavy reviews: a tag seen on no
 * reviewed correct row still has an upper share of correct rows it may hold.
 */
final class RatioEstimate {

    private static final int BISECTIONS = 60;

    private RatioEstimate() {}

    /** Every stratum must be covered; NaN when no reviewed row carries the tag. */
    static Proportion errorRate(List<Stratum> strata, boolean finite, boolean smallSample) {
        // D(0) is the tagged errors, −D(1) the tagged correct rows
        LinearEstimate atZero = difference(strata, 0, finite);
        LinearEstimate atOne = difference(strata, 1, finite);
        double tagged = atZero.value() - atOne.value();
        if (tagged <= 0) {
            return Proportion.unknown(smallSample);
        }
        double rate = atZero.value() / tagged;
        double low = atZero.low() <= 0 ? 0 : lowerRoot(strata, rate, finite);
        double high = atOne.high() >= 0 ? 1 : upperRoot(strata, rate, finite);
        return new Proportion(rate, Math.min(low, rate), Math.max(high, rate), smallSample);
    }

    private static LinearEstimate difference(List<Stratum> strata, double r, boolean finite) {
        double[] coefficients = new double[strata.size()];
        for (int h = 0; h < coefficients.length; h++) {
            Stratum s = strata.get(h);
            coefficients[h] = s.population() * ((s.errors() ? 1 : 0) - r);
        }
        return LinearEstimate.of(strata, coefficients, finite);
    }

    /** The r in [0, rate] where the lower limit of D(r) reaches 0. */
    private static double lowerRoot(List<Stratum> strata, double rate, boolean finite) {
        double rejected = 0;
        double accepted = rate;
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (rejected + accepted) / 2;
            if (difference(strata, mid, finite).low() > 0) {
                rejected = mid;
            } else {
                accepted = mid;
            }
        }
        return accepted;
    }

    /** The r in [rate, 1] where the upper limit of D(r) falls to 0. */
    private static double upperRoot(List<Stratum> strata, double rate, boolean finite) {
        double accepted = rate;
        double rejected = 1;
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (rejected + accepted) / 2;
            if (difference(strata, mid, finite).high() < 0) {
                rejected = mid;
            } else {
                accepted = mid;
            }
        }
        return accepted;
    }
}
