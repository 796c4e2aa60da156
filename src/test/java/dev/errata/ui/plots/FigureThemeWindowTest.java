package dev.errata.ui.plots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.figure.Mark;
import dev.errata.figure.Palette;
import dev.errata.ui.SmallProject;
import dev.errata.ui.plots.figure.FigureCanvas;
import java.util.concurrent.TimeUnit;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plots take the theme's palette, as the canvas shows them, and take the other when the theme flips. */
class FigureThemeWindowTest extends PlotsInTheWindow {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** The reliability diagram of {@link SmallProject} has no score below 0.1, so its top left corner holds no bar. */
    @Test
    void thePlotAreaIsPaintedDarkInTheDarkThemeAndLightInTheLightOne(FxRobot robot) throws Exception {
        openOnTab(robot, new SmallProject(folder).projectFile, "#calibration-tab");
        FigureCanvas canvas = robot.lookup("#reliability-diagram").queryAs(FigureCanvas.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> plotFrame(canvas) != null);

        assertThat(insidePlotArea(robot, canvas)).isEqualTo(FigureCanvas.color(Palette.LIGHT, Palette.BACKGROUND));

        robot.interact(() -> theme.darkProperty().set(true));
        Color dark = insidePlotArea(robot, canvas);
        assertThat(dark.getBrightness()).isLessThan(0.3);
        assertThat(dark).isEqualTo(FigureCanvas.color(Palette.DARK, Palette.BACKGROUND));

        robot.interact(() -> theme.darkProperty().set(false));
        assertThat(insidePlotArea(robot, canvas).getBrightness()).isGreaterThan(0.9);
    }

    /** The pixel just inside the top left corner of the plot area's frame, as the canvas shows it. */
    private static Color insidePlotArea(FxRobot robot, FigureCanvas canvas) {
        WaitForAsyncUtils.waitForFxEvents();
        Color[] pixel = new Color[1];
        robot.interact(() -> {
            Mark.Box frame = plotFrame(canvas);
            pixel[0] = canvas.snapshot(null, null).getPixelReader().getColor((int) frame.x() + 4, (int) frame.y() + 4);
        });
        return pixel[0];
    }

    private static Mark.Box plotFrame(FigureCanvas canvas) {
        return canvas.figure().marks().stream()
                .filter(mark -> mark instanceof Mark.Box box
                        && Palette.BACKGROUND.equals(box.fill())
                        && Palette.GRID.equals(box.stroke()))
                .map(Mark.Box.class::cast)
                .findFirst()
                .orElse(null);
    }
}
