package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Go menu's keys reach the search, the errors filter, the table and each analysis tab. */
@ExtendWith(ApplicationExtension.class)
class GoKeysWindowTest {

    @TempDir
    Path folder;
    final ShownWindow shown = new ShownWindow();
    WindowViewModel window;

    @Start
    void start(Stage stage) {
        window = shown.show(stage, new FakeDialogs());
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        shown.forget();
    }

    @Test
    void keysMoveBetweenThePartsOfTheWindow(FxRobot robot) throws Exception {
        SmallProject small = new SmallProject(folder);
        shown.open(robot, small.projectFile);
        TabPane tabs = robot.lookup("#analysis-tabs").queryAs(TabPane.class);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-field").query().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.workspace().rows().visibleRows().getCardinality() == 4);
        assertThat(window.workspace().rows().errorsOnlyProperty().get()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#row-table").query().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.workspace().rows().visibleRows().getCardinality() == 10);
    }
}
