package dev.errata.metrics;

import java.util.List;

/**
 * An estimate of a linear function of the strata's tagged shares, Σ cₕ·pₕ, with its 95% interval by the
 * method of variance estimates recovery (MOVER; Zou, Huang &amp; Zhang, "A note on confidence interval
 * estimation for a linear function of binomial proportions", 2009): each share's Wilson limits are
 * combined as a sum of squared distances. Unlike a Wald interval it stays honest when a share is 0 or 1
 * or rests on a few rows, which is where a reviewed sample usually is.
 */
record LinearEstimate(double value, double low, double high) {

    /**
     * @param coefficients cₕ, one per stratum; every stratum with a non-zero one must have a reviewed row,
     *     or be empty
     * @param finite whether the target is this data's own value (see {@link Stratum#bounds})
     */
    static LinearEstimate of(List<Stratum> strata, double[] coefficients, boolean finite) {
        double value = 0;
        double below = 0;
        double above = 0;
        for (int h = 0; h < coefficients.length; h++) {
            Stratum s = strata.get(h);
            double c = coefficients[h];
            if (c == 0 || s.population() == 0) {
                continue;
            }
            double p = s.share();
            double[] bounds = s.bounds(finite);
            double down = c * (p - bounds[0]);
            double up = c * (bounds[1] - p);
            value += c * p;
            // a negative coefficient turns the share's upper limit into the sum's lower one
            below += c > 0 ? down * down : up * up;
            above += c > 0 ? up * up : down * down;
        }
        return new LinearEstimate(value, value - Math.sqrt(below), value + Math.sqrt(above));
    }

    double halfWidth() {
        return (high - low) / 2;
    }
}
