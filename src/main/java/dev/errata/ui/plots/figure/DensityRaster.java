package dev.errata.ui.plots.figure;

import dev.errata.metrics.plots.DensityGrid;

/**
 * A density grid as one raster over a plot area: empty cells clear, others shaded by the logarithm of
 * their count, so a lone point stays visible beside a cell of ten thousand.
 */
public final class DensityRaster {

    private DensityRaster() {
    }

    /** The raster's key is the grid; its line 0 is the grid's top line. */
    public static Mark.Raster of(DensityGrid grid, PlotArea area) {
        int columns = grid.columns();
        int lines = grid.rows();
        int[] argb = new int[columns * lines];
        double scale = Math.log1p(grid.maxCount());
        for (int line = 0; line < lines; line++) {
            for (int column = 0; column < columns; column++) {
                int count = grid.count(column, line);
                if (count > 0) {
                    double shade = 0.3 + 0.7 * Math.log1p(count) / scale;
                    argb[(lines - 1 - line) * columns + column] = argb(Palette.heat(shade));
                }
            }
        }
        return new Mark.Raster(area.left(), area.top(), area.width(), area.height(), columns, lines, argb, grid);
    }

    /** The grid line of a raster line. */
    public static int gridLine(DensityGrid grid, int rasterLine) {
        return grid.rows() - 1 - rasterLine;
    }

    private static int argb(javafx.scene.paint.Color color) {
        return 0xff000000 | (int) Math.round(color.getRed() * 255) << 16 | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }
}
