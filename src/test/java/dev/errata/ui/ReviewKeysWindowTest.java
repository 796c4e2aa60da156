package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the real window R marks the row reviewed however often it is pressed, Shift+R unmarks it, and the keys
 * reach the table after a button and its dialog.
 */
class ReviewKeysWindowTest extends WindowTest {

    private String progress(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#review-progress").queryAs(Labeled.class).getText();
    }

    @Test
    void rMarksReviewedAgainAndAgainAndShiftRUnmarks(FxRobot robot) throws Exception {
        shown.open(robot, new SmallProject(folder).projectFile);
        // row 1 (id 2) is an error
        Node cell = robot.lookup("#row-table .table-row-cell")
                .match((IndexedCell<?> c) -> c.getIndex() == 1)
                .query();
        robot.clickOn(robot.from(cell).lookup(".table-cell").nth(1).queryAs(Node.class));

        robot.type(KeyCode.R);
        assertThat(progress(robot)).isEqualTo("reviewed 1 of 4 errors");
        robot.type(KeyCode.R);
        assertThat(progress(robot)).as("a second R keeps the review").isEqualTo("reviewed 1 of 4 errors");
        robot.press(KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT);
        assertThat(progress(robot)).isEqualTo("reviewed 0 of 4 errors");
    }

    @Test
    void afterTheTagButtonAndItsDialogTheKeysActOnTheTableAgain(FxRobot robot) throws Exception {
        shown.open(robot, new SmallProject(folder).projectFile);
        dialogs.tagEditor = editor -> {
            editor.nameProperty().set("glare");
            return true;
        };
        robot.clickOn("#add-tag");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().state().marks().tag("glare")).isPresent();

        // J moves to the first row and R marks it, with no click on the table first
        robot.type(KeyCode.J, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().state().marks().reviewed().getCardinality())
                .isEqualTo(1);
    }
}
