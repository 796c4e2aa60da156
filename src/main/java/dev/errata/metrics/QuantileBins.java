package dev.errata.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Equal-count bins of a numeric column with edges at values of the data: bins are [eᵢ, eᵢ₊₁), the last one
 * closed [eₘ₋₁, max]. Heavy ties merge bins, so there may be fewer than asked; when there are no more
 * distinct values than bins, each value is its own bin.
 */
public final class QuantileBins implements java.io.Serializable {

    private final double[] edges;
    private final boolean eachValue;

    private QuantileBins(double[] edges, boolean eachValue) {
        this.edges = edges;
        this.eachValue = eachValue;
    }

    /** @param values the column, NaN for missing (ignored) */
    public static QuantileBins of(double[] values, int bins) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        double[] few = fewDistinct(present, bins);
        if (few != null) {
            return ofEachValue(few);
        }
        return ofOrderStatistics(OrderStatistics.at(present, ranks(present.length, bins)));
    }

    /**
     * The ranks (0-based, ascending) of the values that are the edges of {@code bins} equal-count bins of
     * {@code present} values with more distinct values than bins: where each bin starts, then the largest.
     */
    public static int[] ranks(int present, int bins) {
        int[] ranks = new int[bins + 1];
        for (int i = 0; i < bins; i++) {
            ranks[i] = (int) ((long) i * present / bins);
        }
        ranks[bins] = present - 1;
        return ranks;
    }

    /** The bins whose edges are the values at {@link #ranks}, ascending, found elsewhere (e.g. on a cluster). */
    public static QuantileBins ofOrderStatistics(double[] atRanks) {
        return new QuantileBins(distinct(atRanks), false);
    }

    /** One bin per value: for a column of no more distinct values than bins, given ascending. */
    public static QuantileBins ofEachValue(double[] distinctAscending) {
        return new QuantileBins(distinctAscending.clone(), true);
    }

    /**
     * The distinct values, ascending, when there are at most {@code most}; else null, found as soon as one
     * more turns up, so a continuous column costs a few values' look.
     */
    private static double[] fewDistinct(double[] values, int most) {
        double[] seen = new double[most];
        int count = 0;
        for (double value : values) {
            int at = 0;
            while (at < count && seen[at] != value) {
                at++;
            }
            if (at == count) {
                if (count == most) {
                    return null;
                }
                seen[count++] = value;
            }
        }
        double[] distinct = Arrays.copyOf(seen, count);
        Arrays.sort(distinct);
        return distinct;
    }

    /** The distinct values of ascending values, in one pass. */
    private static double[] distinct(double[] sorted) {
        int count = 0;
        double[] distinct = new double[sorted.length];
        for (double value : sorted) {
            if (count == 0 || distinct[count - 1] != value) {
                distinct[count++] = value;
            }
        }
        return Arrays.copyOf(distinct, count);
    }

    public int binCount() {
        return eachValue ? edges.length : edges.length - 1;
    }

    /** The bin of a present value of the column. */
    public int binOf(double value) {
        int found = Arrays.binarySearch(edges, value);
        int bin = found >= 0 ? found : -found - 2;
        return Math.min(bin, binCount() - 1);
    }

    /** True when each distinct value of the column is a bin of its own, {@link #low} its value. */
    public boolean eachValue() {
        return eachValue;
    }

    /** A bin's lowest value. */
    public double low(int bin) {
        return edges[bin];
    }

    /** The edge above a bin: excluded, or included for the last bin; only when not {@link #eachValue}. */
    public double high(int bin) {
        return edges[bin + 1];
    }

    /** The rule that holds a bin's values of the column. */
    String rule(String column, int bin) {
        return eachValue
                ? SliceRule.equalTo(column, edges[bin])
                : SliceRule.between(column, edges[bin], edges[bin + 1], bin == binCount() - 1);
    }

    /** Labels by edges, e.g. {@code [0.80, 0.95)}, with as many decimals as it takes to tell edges apart. */
    public List<String> labels() {
        int decimals = decimals();
        List<String> labels = new ArrayList<>(binCount());
        for (int bin = 0; bin < binCount(); bin++) {
            if (eachValue) {
                labels.add(format(edges[bin], decimals));
            } else {
                String close = bin == binCount() - 1 ? "]" : ")";
                labels.add("[" + format(edges[bin], decimals) + ", " + format(edges[bin + 1], decimals) + close);
            }
        }
        return labels;
    }

    private int decimals() {
        boolean integral = Arrays.stream(edges).allMatch(e -> e == Math.rint(e));
        if (integral) {
            return 0;
        }
        double largest = Arrays.stream(edges).map(Math::abs).max().orElse(0);
        int decimals = largest >= 100 ? 0 : largest >= 10 ? 1 : 2;
        while (decimals < 12 && !distinguishes(decimals)) {
            decimals++;
        }
        return decimals;
    }

    private boolean distinguishes(int decimals) {
        for (int i = 1; i < edges.length; i++) {
            if (format(edges[i - 1], decimals).equals(format(edges[i], decimals))) {
                return false;
            }
        }
        return true;
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
