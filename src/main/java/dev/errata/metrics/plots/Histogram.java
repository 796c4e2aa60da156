package dev.errata.metrics.plots;

import java.util.function.IntToDoubleFunction;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * Equal-width bins over the range of a value (NaN left out): bins are [low, high), the last closed at
 * the maximum.
 */
public final class Histogram {

    private final IntToDoubleFunction values;
    private final int rowCount;
    private final Extent extent;
    private final long[] counts;

    private Histogram(IntToDoubleFunction values, int rowCount, Extent extent, long[] counts) {
        this.values = values;
        this.rowCount = rowCount;
        this.extent = extent;
        this.counts = counts;
    }

    public static Histogram of(IntToDoubleFunction values, int rowCount, int bins) {
        Extent extent = Extent.of(rowCount, values, values);
        long[] counts = new long[bins];
        for (int row = 0; row < rowCount; row++) {
            int bin = binOf(extent, bins, values.applyAsDouble(row));
            if (bin >= 0) {
                counts[bin]++;
            }
        }
        return new Histogram(values, rowCount, extent, counts);
    }

    private static int binOf(Extent extent, int bins, double value) {
        if (Double.isNaN(value)) {
            return -1;
        }
        return Math.max(0, Math.min(bins - 1, (int) (extent.fraction(value) * bins)));
    }

    public int binCount() {
        return counts.length;
    }

    public long count(int bin) {
        return counts[bin];
    }

    public double low(int bin) {
        return extent.at((double) bin / counts.length);
    }

    public double high(int bin) {
        return extent.at((double) (bin + 1) / counts.length);
    }

    public Extent extent() {
        return extent;
    }

    public long maxCount() {
        long max = 0;
        for (long count : counts) {
            max = Math.max(max, count);
        }
        return max;
    }

    /** The rows in one bin. */
    public RoaringBitmap rows(int bin) {
        RoaringBitmapWriter<RoaringBitmap> found = RoaringBitmapWriter.writer().get();
        for (int row = 0; row < rowCount; row++) {
            if (binOf(extent, counts.length, values.applyAsDouble(row)) == bin) {
                found.add(row);
            }
        }
        return found.get();
    }
}
