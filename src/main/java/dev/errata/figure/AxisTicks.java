package dev.errata.figure;

import dev.errata.metrics.plots.Extent;
import java.util.function.DoubleUnaryOperator;

/**
 * Round tick values along an axis, as many as fit: multiples of a step of 1, 2 or 5 × 10^k, the finest
 * whose labels keep {@link #GAP} apart and whose ticks keep a least spacing. When even the coarsest step
 * with two ticks crowds (a tiny axis, very long labels), only its first and last ticks stay.
 */
public final class AxisTicks {

    /** Room kept between two labels along the axis, in pixels. */
    static final double GAP = 8;

    /** Intervals between ticks at the most: beyond that a scale reads as a grid. */
    private static final int MOST_INTERVALS = 10;

    private static final int MOST_STEPS_TRIED = 60;

    private AxisTicks() {}

    /**
     * @param length the axis in pixels
     * @param spacing the least distance between ticks in pixels, so an axis is not crowded by short labels
     * @param labelLength how far the label of a value reaches along the axis, centred on its tick
     */
    public static double[] fitting(Extent extent, double length, double spacing, DoubleUnaryOperator labelLength) {
        double range = extent.max() - extent.min();
        double step = roundUp(range / Math.max(1, Math.min(MOST_INTERVALS, Math.floor(length / spacing))));
        for (int tried = 0; tried < MOST_STEPS_TRIED && multiples(extent, step).length < 2; tried++) {
            step = finer(step);
        }
        double[] ticks = multiples(extent, step);
        for (int tried = 0; tried < MOST_STEPS_TRIED && !apart(ticks, extent, length, labelLength); tried++) {
            double[] coarser = multiples(extent, coarser(step));
            if (coarser.length < 2) {
                return new double[] {ticks[0], ticks[ticks.length - 1]};
            }
            step = coarser(step);
            ticks = coarser;
        }
        return ticks;
    }

    private static boolean apart(double[] ticks, Extent extent, double length, DoubleUnaryOperator labelLength) {
        for (int i = 1; i < ticks.length; i++) {
            double distance = (extent.fraction(ticks[i]) - extent.fraction(ticks[i - 1])) * length;
            if (distance < (labelLength.applyAsDouble(ticks[i - 1]) + labelLength.applyAsDouble(ticks[i])) / 2 + GAP) {
                return false;
            }
        }
        return true;
    }

    /** The multiples of the step inside the extent, at most a thousand. */
    private static double[] multiples(Extent extent, double step) {
        long first = (long) Math.ceil(extent.min() / step - 1e-9);
        long last = (long) Math.floor(extent.max() / step + 1e-9);
        double[] ticks = new double[(int) Math.max(0, Math.min(1000, last - first + 1))];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /** The least round step of at least {@code rough}. */
    private static double roundUp(double rough) {
        double magnitude = magnitude(rough);
        double mantissa = rough / magnitude;
        return magnitude * (mantissa <= 1 + 1e-9 ? 1 : mantissa <= 2 + 1e-9 ? 2 : mantissa <= 5 + 1e-9 ? 5 : 10);
    }

    private static double coarser(double step) {
        double magnitude = magnitude(step);
        long mantissa = Math.round(step / magnitude);
        return magnitude * (mantissa == 1 ? 2 : mantissa == 2 ? 5 : 10);
    }

    private static double finer(double step) {
        double magnitude = magnitude(step);
        long mantissa = Math.round(step / magnitude);
        return magnitude * (mantissa == 5 ? 2 : mantissa == 2 ? 1 : 0.5);
    }

    private static double magnitude(double value) {
        return Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
    }
}
