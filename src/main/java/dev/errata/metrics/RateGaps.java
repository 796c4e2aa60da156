package dev.errata.metrics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A group's binary rates with each rate's gap to the overall value (group − overall); a gap is NaN when
 * either side is, written as {@code null} in JSON.
 */
public record RateGaps(BinaryRates rates, Map<BinaryRate, Double> gaps) {

    public RateGaps {
        gaps = Collections.unmodifiableMap(new EnumMap<>(gaps));
    }

    public static RateGaps of(BinaryRates group, BinaryRates overall) {
        Map<BinaryRate, Double> gaps = new EnumMap<>(BinaryRate.class);
        for (BinaryRate rate : BinaryRate.values()) {
            gaps.put(rate, group.value(rate) - overall.value(rate));
        }
        return new RateGaps(group, gaps);
    }

    public double gap(BinaryRate rate) {
        return gaps.get(rate);
    }
}
