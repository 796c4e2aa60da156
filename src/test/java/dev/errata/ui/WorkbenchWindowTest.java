package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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

/**
 * The main journey in the real window: open, tag with the mouse and the keyboard, review, undo, save,
 * reopen, and read the metric panel. By hand, with rows 0–3 reviewed (errors 1 and 3 of 4; correct rows 0 and
 * 2 of 6) and "noisy" on rows 1 and 2, each reviewed error stands for 2 errors and each correct row for 3:
 * prevalence (2 + 3)/10, error share 2/4. After undoing the review of row 3 (error 1 stands for all 4):
 * prevalence (4 + 3)/10 and error share 4/4.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    @TempDir
    Path folder;

    SmallProject small;
    final FakeDialogs dialogs = new FakeDialogs();
    final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());
    WindowViewModel window;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        small = new SmallProject(folder);
        window = ErrataApp.showWindow(
                stage,
                dialogs,
                new RecentProjects(preferences),
                new AnalystName(preferences),
                new ThemeChoice(preferences),
                new KeyBindings(preferences));
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.open(file));
        FxWait.until(() -> window.workspace() != null
                && robot.lookup("#tag-metrics").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node tableRow(FxRobot robot, String table, int index) {
        return robot.lookup(table + " .table-row-cell")
                .match((IndexedCell<?> cell) -> cell.getIndex() == index)
                .query();
    }

    /** The texts of the metric panel's first row: tag, rows, prevalence, error share, error rate, … */
    private List<String> metricRow(FxRobot robot) {
        return WindowText.line(robot, "#tag-metrics", 0);
    }

    @Test
    void tagsReviewsUndoesSavesAndReopensWithTheNumbersOfTheMetricPanel(FxRobot robot) throws Exception {
        open(robot, small.projectFile);
        assertThat(stage.getTitle()).isEqualTo("small — Errata");

        // a first click on a box selects its row, the second tags it
        robot.doubleClickOn(robot.from(tableRow(robot, "#row-table", 1))
                .lookup(".check-box")
                .queryAs(Node.class));
        robot.clickOn(robot.from(tableRow(robot, "#row-table", 2))
                .lookup(".table-cell")
                .nth(1)
                .queryAs(Node.class));
        robot.type(KeyCode.DIGIT1);
        robot.clickOn(robot.from(tableRow(robot, "#row-table", 0))
                .lookup(".table-cell")
                .nth(1)
                .queryAs(Node.class));
        robot.type(KeyCode.R, KeyCode.J, KeyCode.R, KeyCode.J, KeyCode.R, KeyCode.J, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.workspace().state().marks().rowsOf("noisy").toArray()).containsExactly(1, 2);
        assertThat(stage.getTitle()).isEqualTo("• small — Errata");
        assertThat(metricRow(robot))
                .startsWith("noisy", "2 of 4 reviewed")
                .element(2)
                .asString()
                .startsWith("50.0% [");
        assertThat(metricRow(robot).get(3)).startsWith("50.0% [").endsWith("*");
        assertThat(robot.lookup("#review-progress").queryAs(Labeled.class).getText())
                .isEqualTo("reviewed 2 of 4 errors");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(metricRow(robot).get(2)).startsWith("70.0% [");
        assertThat(metricRow(robot).get(3)).startsWith("100.0% [");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "small — Errata".equals(stage.getTitle()));
        assertThat(robot.lookup("#status-text").queryAs(Labeled.class).getText())
                .startsWith("10 rows · 4 errors · reviewed 2 of 4 errors · threshold 0.50 · saved ");

        open(robot, small.projectFile);
        assertThat(window.workspace().state().marks().rowsOf("noisy").toArray()).containsExactly(1, 2);
        assertThat(metricRow(robot)).startsWith("noisy", "2 of 4 reviewed");
        assertThat(metricRow(robot).get(2)).startsWith("50.0% [");
        assertThat(robot.lookup("#tag-metrics").queryAs(TableView.class).getItems())
                .hasSize(1);
    }
}
