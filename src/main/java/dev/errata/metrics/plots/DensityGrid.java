package dev.errata.metrics.plots;

import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * A scatter plot binned into a grid of cells (one per few pixels): how many rows fall in each cell. A
 * million points are drawn as a grid of counts, not as a million marks, and a click on a cell asks for
 * its rows. Cell (0, 0) holds the smallest x and y; a value on a cell's upper edge belongs to the next
 * cell, the maximum to the last.
 */
public final class DensityGrid {

    private final PointSeries series;
    private final Extent xExtent;
    private final Extent yExtent;
    private final int columns;
    private final int rows;
    private final int[] counts;
    private final int maxCount;

    private DensityGrid(PointSeries series, Extent xExtent, Extent yExtent, int columns, int rows, int[] counts) {
        this.series = series;
        this.xExtent = xExtent;
        this.yExtent = yExtent;
        this.columns = columns;
        this.rows = rows;
        this.counts = counts;
        int max = 0;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        this.maxCount = max;
    }

    public static DensityGrid of(PointSeries series, Extent xExtent, Extent yExtent, int columns, int rows) {
        int[] counts = new int[columns * rows];
        for (int row = 0; row < series.rowCount(); row++) {
            int cell = cellOf(series, xExtent, yExtent, columns, rows, row);
            if (cell >= 0) {
                counts[cell]++;
            }
        }
        return new DensityGrid(series, xExtent, yExtent, columns, rows, counts);
    }

    /** The row's cell as y · columns + x, or -1 when it is not plotted or lies outside the extents. */
    private static int cellOf(PointSeries series, Extent xExtent, Extent yExtent, int columns, int rows, int row) {
        double x = series.x().applyAsDouble(row);
        double y = series.y().applyAsDouble(row);
        int column = index(xExtent.fraction(x), columns);
        int line = index(yExtent.fraction(y), rows);
        return column < 0 || line < 0 ? -1 : line * columns + column;
    }

    private static int index(double fraction, int cells) {
        if (!(fraction >= 0 && fraction <= 1)) {
            return -1;
        }
        return Math.min(cells - 1, (int) (fraction * cells));
    }

    /** The rows plotted in one cell. */
    public RoaringBitmap rowsIn(int column, int line) {
        int wanted = line * columns + column;
        RoaringBitmapWriter<RoaringBitmap> found = RoaringBitmapWriter.writer().get();
        for (int row = 0; row < series.rowCount(); row++) {
            if (cellOf(series, xExtent, yExtent, columns, rows, row) == wanted) {
                found.add(row);
            }
        }
        return found.get();
    }

    public int count(int column, int line) {
        return counts[line * columns + column];
    }

    public int maxCount() {
        return maxCount;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public Extent xExtent() {
        return xExtent;
    }

    public Extent yExtent() {
        return yExtent;
    }

    public PointSeries series() {
        return series;
    }
}
