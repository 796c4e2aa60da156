package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.TagDefinition;
import dev.errata.ui.ProjectOnDisk;
import dev.errata.ui.SmallProject;
import dev.errata.ui.WindowTest;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** How the workspace shares a laptop's window (the headless screen of the tests is 1280 × 800). */
class WorkspaceLayoutWindowTest extends WindowTest {

    private static final double WIDTH = 1260;

    private Window stage;
    private double shownWidth;
    private double shownHeight;

    /** TestFX keeps one stage for all the tests: the others get it back at the size they know. */
    @AfterEach
    void restoreTheStage(FxRobot robot) {
        if (stage == null) {
            return;
        }
        robot.interact(() -> {
            stage.setWidth(shownWidth);
            stage.setHeight(shownHeight);
        });
    }

    @Test
    void longTagNamesLeaveTheMetricPanelItsShareOfTheWindow(FxRobot robot) throws Exception {
        Path project = ProjectOnDisk.create(
                folder,
                "long",
                SmallProject.CSV,
                session -> session.createTag(TagDefinition.hand(
                        "inactive members in Germany aged 45 to 54 with a high balance", "#e06c75")));
        robot.interact(() -> {
            stage = robot.listTargetWindows().get(0);
            shownWidth = stage.getWidth();
            shownHeight = stage.getHeight();
            stage.setWidth(WIDTH);
            stage.setHeight(780);
        });
        shown.open(robot, project);
        WaitForAsyncUtils.waitForFxEvents();

        Node panel = robot.lookup("#analysis-tabs").query();
        Node filters = robot.lookup(".filter-bar").query();
        // the panel starts at 62% of the split: the filter bar wraps rather than widening the table's side
        assertThat(panel.getLayoutBounds().getWidth()).isGreaterThan(0.35 * WIDTH);
        assertThat(filters.getLayoutBounds().getMaxX())
                .isLessThanOrEqualTo(filters.getParent().getLayoutBounds().getWidth());
    }
}
