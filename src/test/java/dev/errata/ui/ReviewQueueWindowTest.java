package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drawing a review sample through the Review menu on the small project (errors are rows 1, 3, 6 and 9), then
 * walking it with the keys. A draw of 2 errors and 3 correct rows queues them in the order correct, error,
 * correct, error, correct, so R on the first two rows reviews one correct row, then one error.
 */
class ReviewQueueWindowTest extends WindowTest {

    @Test
    void drawsASampleFromTheMenuWalksItWithJAndCountsEachR(FxRobot robot) throws Exception {
        List<Integer> queue = drawFromTheMenu(robot);
        assertThat(queue).hasSize(5);
        assertThat(status(robot)).contains("· queue: reviewed 0 of 2 errors, 0 of 3 correct rows ·");

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#row-table").queryAs(TableView.class);
        assertThat(table.getItems()).containsExactlyElementsOf(queue);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#row-subset").queryAs(Labeled.class).getText())
                .isEqualTo("review queue: 5 rows in review order, seed 7");

        robot.clickOn("#row-table").type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).contains("· queue: reviewed 0 of 2 errors, 1 of 3 correct rows ·");
        robot.type(KeyCode.J).type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(window.workspace().review().currentRow()).isEqualTo(queue.get(1));
        assertThat(status(robot)).contains("· queue: reviewed 1 of 2 errors, 1 of 3 correct rows ·");

        // no row reviewed outside the queue yet, so the metric panel says nothing of picked rows
        assertThat(robot.lookup("#exclude-picked")
                        .queryAs(CheckBox.class)
                        .getParent()
                        .isVisible())
                .isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().state().session().reviewQueue()).isEmpty();
        assertThat(status(robot)).doesNotContain("queue");
        assertThat(table.getItems()).hasSize(10);
    }

    /**
     * Rows 4 and 7 are in no queue of 2 errors and 3 correct rows (its errors are among 1, 3, 6 and 9; its
     * correct rows are drawn by seed 7 from 0, 2, 4, 5, 7 and 8: the test looks up which two are left out).
     */
    @Test
    void theMetricPanelSaysHowManyRowsWerePickedOutsideTheQueueAndLeavesThemOutWhenTicked(FxRobot robot)
            throws Exception {
        List<Integer> queue = drawFromTheMenu(robot);
        int[] outside = java.util.stream.IntStream.range(0, 10)
                .filter(row -> !queue.contains(row))
                .limit(2)
                .toArray();
        robot.interact(() -> window.workspace()
                .state()
                .edit("review", s -> s.setReviewed(org.roaringbitmap.RoaringBitmap.bitmapOf(outside), true)));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox exclude = robot.lookup("#exclude-picked").queryAs(CheckBox.class);
        assertThat(exclude.getParent().isVisible()).isTrue();
        assertThat(robot.lookup("#picked-note").queryAs(Labeled.class).getText())
                .isEqualTo(
                        "2 rows reviewed outside the queue count in the estimates; picked by hand, they may not represent their kind");

        robot.clickOn(exclude);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace()
                        .state()
                        .session()
                        .reviewQueue()
                        .orElseThrow()
                        .excludePicked())
                .isTrue();
        assertThat(robot.lookup("#picked-note").queryAs(Labeled.class).getText())
                .startsWith("2 rows reviewed outside the queue are left out of the estimates");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exclude.isSelected()).isFalse();
    }

    private List<Integer> drawFromTheMenu(FxRobot robot) throws Exception {
        shown.open(robot, new SmallProject(folder).projectFile);
        dialogs.sampleDraw = form -> {
            form.errorsProperty().set("2");
            form.correctProperty().set("3");
            form.seedProperty().set("7");
            return true;
        };
        robot.clickOn("Review").clickOn("Draw a sample…");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.workspace().state().session().reviewQueue().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return window.workspace().state().session().reviewQueue().orElseThrow().rows();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-text").queryAs(Labeled.class).getText();
    }
}
