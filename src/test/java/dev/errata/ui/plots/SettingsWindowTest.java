package dev.errata.ui.plots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.figure.Mark;
import dev.errata.metrics.plots.DensityGrid;
import dev.errata.ui.ScoreOnlyProject;
import dev.errata.ui.WindowText;
import dev.errata.ui.plots.figure.FigureCanvas;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The threshold slider and the tolerance band set the project's settings, and every number in the window
 * follows, in the real window. Expected errors come from {@link ScoreOnlyProject#errorsAt} and
 * {@link RegressionProject#errorsAbove}, which count them from the CSV text.
 */
class SettingsWindowTest extends PlotsInTheWindow {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static String text(FxRobot robot, String query) {
        return WindowText.of(robot, query);
    }

    private static List<String> firstTagMetrics(FxRobot robot) {
        return WindowText.line(robot, "#tag-metrics", 0);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * At 0.5 rows 4, 6, 7, 10 (ids) are wrong and the tag "web" holds 2 of the 4 errors; no score lies
     * between 0.61 and 0.79, so anywhere near 0.7 rows 2, 4, 7 are wrong, "web" holds 1 of 3 and its error
     * rate falls from 2 of 2 to 1 of 2. Home moves the slider to 0, where every negative is wrong.
     */
    @Test
    void theSettledSliderSetsTheThresholdOfTheWholeWindowWhenTheScoreMakesThePredictions(FxRobot robot)
            throws Exception {
        openOnTab(robot, new ScoreOnlyProject(folder).projectFile, "#thresholds-tab");
        var state = window.workspace().state();
        assertThat(text(robot, "#tag-list .tag-summary")).isEqualTo("2 rows · 50.0% of errors");
        assertThat(text(robot, "#threshold-scope")).startsWith("No prediction column");
        Node thumb = robot.lookup("#threshold-slider .thumb").query();
        Bounds track = robot.lookup("#threshold-slider .track")
                .query()
                .localToScreen(robot.lookup("#threshold-slider .track").query().getBoundsInLocal());

        robot.drag(thumb, MouseButton.PRIMARY)
                .moveTo(new Point2D(track.getMinX() + 0.7 * track.getWidth(), track.getCenterY()))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> state.snapshot().settings().threshold() != 0.5);

        double threshold = state.project().settings().threshold();
        assertThat(threshold).isBetween(0.62, 0.78);
        assertThat(state.snapshot().settings().threshold()).isEqualTo(threshold);
        assertThat(state.snapshot().errorRows().errors()).isEqualTo(ScoreOnlyProject.errorsAt(threshold, null));
        assertThat(ScoreOnlyProject.errorsAt(threshold, null).toArray()).containsExactly(1, 3, 6);
        assertThat(text(robot, "#status-text"))
                .isEqualTo(String.format(
                        Locale.ROOT,
                        "10 rows · 3 errors · reviewed 0 of 3 errors · threshold %.2f · unsaved changes",
                        threshold));
        assertThat(text(robot, "#tag-list .tag-summary")).isEqualTo("2 rows · 33.3% of errors");
        selectTab(robot, "Tags");
        assertThat(firstTagMetrics(robot)).startsWith("web", "2 rows");
        assertThat(firstTagMetrics(robot).get(3)).as("error share 1 of 3").startsWith("33.3% [");
        assertThat(firstTagMetrics(robot).get(4)).as("error rate 1 of 2").startsWith("50.0% [");

        selectTab(robot, "#thresholds-tab");
        robot.clickOn(thumb).type(KeyCode.HOME);
        waitUntil(() -> state.snapshot().settings().threshold() == 0);

        assertThat(ScoreOnlyProject.errorsAt(0, null).toArray()).containsExactly(2, 3, 5, 7, 9);
        assertThat(state.snapshot().errorRows().errors()).isEqualTo(ScoreOnlyProject.errorsAt(0, null));
        assertThat(text(robot, "#status-text"))
                .startsWith("10 rows · 5 errors ·")
                .contains("· threshold 0.00 ·");
    }

    /** The pixel height of a residual on the scatter's raster, on the screen. */
    private static Point2D onScatter(FigureCanvas canvas, Mark.Raster scatter, double residual) {
        DensityGrid grid = (DensityGrid) scatter.key();
        double y = scatter.y() + (1 - grid.yExtent().fraction(residual)) * scatter.height();
        return canvas.localToScreen(scatter.x() + scatter.width() / 3, y);
    }

    /**
     * The default tolerance is 3.2 (residuals 1, −2, 0, 3, −2, −1, 4, 0, −5, 3): ids 7 and 9 are wrong.
     * Dragged to about 2.5, the residuals of 3, 3, 4 and −5 (ids 4, 7, 9, 10) are outside the band.
     */
    @Test
    void draggingTheBandEdgeSetsTheToleranceOfTheWholeWindow(FxRobot robot) throws Exception {
        openOnTab(robot, new RegressionProject(folder).projectFile, "#residuals-tab");
        var state = window.workspace().state();
        FigureCanvas canvas = robot.lookup("#residual-plots").queryAs(FigureCanvas.class);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> canvas.figure().marks().stream().anyMatch(m -> m instanceof Mark.Raster));
        Mark.Raster scatter = canvas.figure().marks().stream()
                .filter(m -> m instanceof Mark.Raster)
                .map(Mark.Raster.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(text(robot, "#status-text"))
                .startsWith("10 rows · 2 errors ·")
                .contains("· tolerance 3.2 ·");

        robot.moveTo(onScatter(canvas, scatter, 3.2));
        assertThat(canvas.getCursor()).isEqualTo(Cursor.V_RESIZE);
        robot.press(MouseButton.PRIMARY)
                .moveTo(onScatter(canvas, scatter, 2.8))
                .moveTo(onScatter(canvas, scatter, 2.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tolerance-field").queryAs(TextField.class).getText())
                .as("the value follows the drag")
                .startsWith("2.");
        assertThat(state.project().settings().tolerance())
                .as("not before the release")
                .isNull();
        robot.release(MouseButton.PRIMARY);
        waitUntil(() -> state.snapshot().errorRows().tolerance() != 3.2
                && !Double.isNaN(state.snapshot().settings().tolerance()));

        double tolerance = state.project().settings().tolerance();
        assertThat(tolerance).isBetween(2.4, 2.6);
        assertThat(state.snapshot().errorRows().tolerance()).isEqualTo(tolerance);
        assertThat(state.snapshot().errorRows().errors()).isEqualTo(RegressionProject.errorsAbove(tolerance));
        assertThat(RegressionProject.errorsAbove(tolerance).toArray()).containsExactly(3, 6, 8, 9);
        assertThat(text(robot, "#status-text"))
                .startsWith("10 rows · 4 errors · reviewed 0 of 4 errors · tolerance ")
                .endsWith("· unsaved changes");
        assertThat(window.workspace().rows().subsetProperty().get())
                .as("a drag is no click on a point")
                .isNull();

        robot.clickOn("#tolerance-field")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write("1.5")
                .type(KeyCode.ENTER);
        waitUntil(() -> state.snapshot().errorRows().tolerance() == 1.5);
        assertThat(state.snapshot().errorRows().errors()).isEqualTo(RegressionProject.errorsAbove(1.5));
        assertThat(text(robot, "#status-text")).startsWith("10 rows · 6 errors ·");

        robot.clickOn("#default-tolerance");
        waitUntil(() -> Double.isNaN(state.snapshot().settings().tolerance()));
        assertThat(state.project().settings().tolerance()).isNull();
        assertThat(text(robot, "#status-text")).startsWith("10 rows · 2 errors ·");
    }
}
