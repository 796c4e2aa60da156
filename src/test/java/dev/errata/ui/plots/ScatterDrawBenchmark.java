package dev.errata.ui.plots;

import dev.errata.figure.DensityRaster;
import dev.errata.figure.Figure;
import dev.errata.figure.Mark;
import dev.errata.figure.PlotArea;
import dev.errata.figure.ResidualPlots;
import dev.errata.metrics.plots.DensityGrid;
import dev.errata.metrics.plots.PointSeries;
import dev.errata.ui.plots.figure.FigureCanvas;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * How long a scatter of a million points takes from the rows to pixels on screen: binning into the density
 * grid (core, off the FX thread in the window), then building and painting the figure on the FX thread, then
 * the frame (a snapshot forces the render). Run with the headless Monocle flags; not a unit test.
 */
public final class ScatterDrawBenchmark {

    private static final int POINTS = 1_000_000;

    public static void main(String[] args) throws Exception {
        Random random = new Random(7);
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = random.nextDouble() * 100;
            y[i] = random.nextGaussian() * (1 + x[i] / 30);
        }
        PointSeries series = new PointSeries("x", "residual", POINTS, row -> x[row], row -> y[row]);
        Platform.startup(() -> {});
        FigureCanvas canvas = onFx(() -> {
            FigureCanvas c = new FigureCanvas(key -> {});
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(c), 900, 600));
            stage.show();
            return c;
        });
        for (int run = 1; run <= 8; run++) {
            long start = System.nanoTime();
            DensityGrid grid = DensityGrid.of(
                    series, series.xExtent(), series.yExtent(), ResidualPlots.COLUMNS, ResidualPlots.LINES);
            long binned = System.nanoTime();
            long paint = onFx(() -> {
                canvas.show((w, h) -> scatter(grid, w, h));
                return canvas.lastPaintNanos();
            });
            onFx(() -> canvas.snapshot(null, null));
            long shown = System.nanoTime();
            System.out.printf(
                    "run %d: bin %.1f ms, figure+paint %.1f ms, to pixels (with render) %.1f ms, total %.1f ms%n",
                    run, (binned - start) / 1e6, paint / 1e6, (shown - binned) / 1e6, (shown - start) / 1e6);
        }
        Platform.exit();
    }

    private static Figure scatter(DensityGrid grid, double width, double height) {
        List<Mark> marks = new ArrayList<>();
        PlotArea area = PlotArea.inside(width, height, grid.xExtent(), grid.yExtent());
        area.drawAxes(marks, "a million points", "x", "");
        marks.add(DensityRaster.of(grid, area));
        return new Figure(width, height, marks);
    }

    private interface FxCall<T> {
        T call();
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(call.call()));
        return result.get();
    }
}
