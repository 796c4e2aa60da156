package dev.errata.metrics.plots;

import java.util.function.IntToDoubleFunction;

/** The range a plot axis covers, never of zero width so that values can be placed in it. */
public record Extent(double min, double max) {

    public static final Extent EMPTY = new Extent(0, 1);

    public Extent {
        if (!(max > min)) {
            double half = min == 0 ? 0.5 : Math.abs(min) * 0.05;
            max = min + half;
            min = min - half;
        }
    }

    /** The extent of {@code values} over the rows where {@code other} is present too. */
    static Extent of(int rowCount, IntToDoubleFunction values, IntToDoubleFunction other) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < rowCount; row++) {
            double value = values.applyAsDouble(row);
            if (!Double.isNaN(value) && !Double.isNaN(other.applyAsDouble(row))) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        return min > max ? EMPTY : new Extent(min, max);
    }

    /** This extent grown to hold {@code value}, e.g. to keep a reference line in view. */
    public Extent including(double value) {
        return Double.isNaN(value) ? this : new Extent(Math.min(min, value), Math.max(max, value));
    }

    /** Where a value lies, 0 at min and 1 at max. */
    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    public double at(double fraction) {
        return min + fraction * (max - min);
    }
}
