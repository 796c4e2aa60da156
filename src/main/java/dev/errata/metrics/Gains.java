package dev.errata.metrics;

/**
 * Headroom and potential gain with their intervals. Both are max(0, ·) of a quantity with an interval,
 * and max(0, ·) is monotone, so the interval's limits pass through it and keep their coverage.
 */
final class Gains {

    private Gains() {}

    /** max(0, baseline − accuracy), its limits from the accuracy's; unknown without a baseline or accuracy. */
    static Proportion headroom(Proportion accuracy, double baseline) {
        if (Double.isNaN(baseline) || !accuracy.isKnown()) {
            return Proportion.unknown(accuracy.smallSample());
        }
        return new Proportion(
                Math.max(0, baseline - accuracy.value()),
                Math.max(0, baseline - accuracy.high()),
                Math.max(0, baseline - accuracy.low()),
                accuracy.smallSample());
    }

    /** max(0, estimate) with its limits. */
    static Proportion positivePart(LinearEstimate estimate, boolean smallSample) {
        return new Proportion(
                Math.max(0, estimate.value()), Math.max(0, estimate.low()), Math.max(0, estimate.high()), smallSample);
    }
}
