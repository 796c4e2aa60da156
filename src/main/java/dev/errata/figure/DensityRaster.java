package dev.errata.figure;

import dev.errata.metrics.plots.DensityGrid;
import java.util.Arrays;

/**
 * A density grid as one raster over a plot area: empty cells clear, others shaded by the logarithm of
 * their count, so a lone point stays visible beside a cell of ten thousand.
 */
public final class DensityRaster {

    private DensityRaster() {}

    /** The raster's key is the grid; its line 0 is the grid's top line. */
    public static Mark.Raster of(DensityGrid grid, PlotArea area) {
        int columns = grid.columns();
        int lines = grid.rows();
        double[] levels = new double[columns * lines];
        Arrays.fill(levels, Double.NaN);
        double scale = Math.log1p(grid.maxCount());
        for (int line = 0; line < lines; line++) {
            for (int column = 0; column < columns; column++) {
                int count = grid.count(column, line);
                if (count > 0) {
                    levels[(lines - 1 - line) * columns + column] = 0.3 + 0.7 * Math.log1p(count) / scale;
                }
            }
        }
        return new Mark.Raster(area.left(), area.top(), area.width(), area.height(), columns, lines, levels, grid);
    }

    /** The grid line of a raster line. */
    public static int gridLine(DensityGrid grid, int rasterLine) {
        return grid.rows() - 1 - rasterLine;
    }
}
