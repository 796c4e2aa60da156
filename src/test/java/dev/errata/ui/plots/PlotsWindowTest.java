package dev.errata.ui.plots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.figure.Mark;
import dev.errata.metrics.plots.DensityGrid;
import dev.errata.ui.SmallProject;
import dev.errata.ui.plots.figure.FigureCanvas;
import dev.errata.ui.table.RowList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click on a plot filters the row table, in the real window. Counted by hand from {@link SmallProject}
 * and {@link RegressionProject}.
 */
class PlotsWindowTest extends PlotsInTheWindow {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void clickAt(FxRobot robot, String node, double x, double y) {
        robot.clickOn(robot.lookup(node).queryAs(Node.class).localToScreen(x, y));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The 1-based ids of the rows the table shows (row index + 1 in these files). */
    private int[] shownIds() {
        RowList rows = window.workspace().rows().rows();
        return IntStream.range(0, rows.size()).map(i -> rows.rowAt(i) + 1).toArray();
    }

    /** Classes 0 and 1 have five labels each, so they stay in class order; label 1 predicted 0: ids 2 and 7. */
    @Test
    void aConfusionCellFiltersTheTableToItsRows(FxRobot robot) throws Exception {
        openOnTab(robot, new SmallProject(folder).projectFile, "#confusion-tab");

        clickAt(robot, "#confusion-matrix", 120 + 52 / 2.0, 48 + 52 + 52 / 2.0);

        assertThat(shownIds()).containsExactly(2, 7);
    }

    /**
     * device: web 1 error of 2 (50%), android 2 of 5 (40%), ios 1 of 3: the second bar is android, ids 1, 2,
     * 5, 8, 10; promoted, it is the rule tag device == "android" on the same rows.
     */
    @Test
    void aSliceBarFiltersTheTableAndBecomesARuleTag(FxRobot robot) throws Exception {
        openOnTab(robot, new SmallProject(folder).projectFile, "#slices-tab");

        clickAt(robot, "#slice-bars", 200, 30 + 24 + 12);
        assertThat(shownIds()).containsExactly(1, 2, 5, 8, 10);

        robot.clickOn("#promote-slice");
        WaitForAsyncUtils.waitForFxEvents();
        var marks = window.workspace().state().marks();
        assertThat(marks.tag("device android").orElseThrow().rule()).isEqualTo("device == \"android\"");
        assertThat(marks.rowsOf("device android").toArray()).containsExactly(0, 1, 4, 7, 9);
    }

    /** The cell holding prediction 37.5, residual 3 holds rows 4 and 10 and nothing else. */
    @Test
    void aResidualPointFiltersTheTableToTheRowsThere(FxRobot robot) throws Exception {
        openOnTab(robot, new RegressionProject(folder).projectFile, "#residuals-tab");
        FigureCanvas canvas = robot.lookup("#residual-plots").queryAs(FigureCanvas.class);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> canvas.figure().marks().stream().anyMatch(m -> m instanceof Mark.Raster));
        Mark.Raster scatter = canvas.figure().marks().stream()
                .filter(m -> m instanceof Mark.Raster)
                .map(Mark.Raster.class::cast)
                .findFirst()
                .orElseThrow();
        DensityGrid grid = (DensityGrid) scatter.key();
        int column = (int) (grid.xExtent().fraction(37.5) * grid.columns());
        int line = (int) (grid.yExtent().fraction(3) * grid.rows());
        assertThat(grid.count(column, line)).isEqualTo(2);

        clickAt(
                robot,
                "#residual-plots",
                scatter.x() + (column + 0.5) / grid.columns() * scatter.width(),
                scatter.y() + (grid.rows() - line - 0.5) / grid.rows() * scatter.height());

        assertThat(shownIds()).containsExactly(4, 10);
    }

    /**
     * A regression's slices show MAE, RMSE and mean residual beside the error rate, as the JSON does. By size
     * in five bins of two rows, the first bin [1, 3) (sizes 1 and 2) has residuals 1 and −2: MAE 1.5, RMSE
     * √((1 + 4) / 2) = 1.58, mean residual −0.5.
     */
    @Test
    void regressionSlicesShowTheirResidualMetrics(FxRobot robot) throws Exception {
        openOnTab(robot, new RegressionProject(folder).projectFile, "#slices-tab");
        robot.interact(() -> robot.lookup("#slice-column")
                .queryAs(javafx.scene.control.ComboBox.class)
                .setValue("size"));
        javafx.scene.control.TableView<?> table =
                robot.lookup("#slice-table").queryAs(javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> visible =
                table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList();
        assertThat(visible).containsSubsequence("error rate", "MAE", "RMSE", "mean residual");
        List<List<String>> lines = IntStream.range(0, table.getItems().size())
                .mapToObj(line -> table.getVisibleLeafColumns().stream()
                        .map(c -> String.valueOf(c.getCellData(line)))
                        .toList())
                .toList();
        List<String> firstBin = lines.stream()
                .filter(cells -> cells.get(0).equals("[1, 3)"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(lines));
        assertThat(firstBin.subList(visible.indexOf("MAE"), visible.size())).containsExactly("1.5", "1.58", "-0.5");
    }
}
