package dev.errata.metrics;

import java.util.List;

/**
 * How far one rate varies across the groups of a column, over the groups where it is defined. All values
 * are NaN when no group defines it; the ratio also when the maximum is 0.
 *
 * @param difference max − min
 * @param ratio min / max (the "four-fifths rule" ratio)
 */
public record RateSpread(BinaryRate rate, double max, double min, double difference, double ratio) {

    public static RateSpread of(BinaryRate rate, List<BinaryRates> groups) {
        double max = Double.NaN;
        double min = Double.NaN;
        for (BinaryRates group : groups) {
            double value = group.value(rate);
            if (!Double.isNaN(value)) {
                max = Double.isNaN(max) ? value : Math.max(max, value);
                min = Double.isNaN(min) ? value : Math.min(min, value);
            }
        }
        return new RateSpread(rate, max, min, max - min, max == 0 ? Double.NaN : min / max);
    }
}
