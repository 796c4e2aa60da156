package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Go menu's keys reach the search, the errors filter, the table and each analysis tab. */
class GoKeysWindowTest extends WindowTest {

    @Test
    void keysMoveBetweenThePartsOfTheWindow(FxRobot robot) throws Exception {
        SmallProject small = new SmallProject(folder);
        shown.open(robot, small.projectFile);
        TabPane tabs = robot.lookup("#analysis-tabs").queryAs(TabPane.class);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-field").query().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> window.workspace().rows().visibleRows().getCardinality() == 4);
        assertThat(window.workspace().rows().errorsOnlyProperty().get()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#row-table").query().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> window.workspace().rows().visibleRows().getCardinality() == 10);
    }
}
