package dev.errata.ui.plots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.ErrataApp;
import dev.errata.ui.FakeDialogs;
import dev.errata.ui.SmallProject;
import dev.errata.ui.table.RowList;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
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
 * A click on a plot filters the row table, in the real window. Counted by hand from {@link SmallProject}
 * and {@link RegressionProject}.
 */
@ExtendWith(ApplicationExtension.class)
class PlotsWindowTest {

    @TempDir
    Path folder;
    final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());
    WindowViewModel window;

    @Start
    void start(Stage stage) {
        window = ErrataApp.showWindow(stage, new FakeDialogs(), new RecentProjects(preferences));
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    private void openOnTab(FxRobot robot, Path file, String tabId) throws Exception {
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workspace() != null
                && window.workspace().plots().outcomesProperty().get() != null && robot.lookup(tabId).tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#analysis-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> ("#" + t.getId()).equals(tabId)).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
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
}
