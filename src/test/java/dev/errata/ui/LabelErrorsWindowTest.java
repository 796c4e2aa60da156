package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.workbench.LabelErrorsReview;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review → Find label-error suspects… on the small project. By hand: the mean probability of its label is
 * 0.67 over the rows labelled 1 and 0.66 over those labelled 0; the confident joint [[3, 1], [1, 3]]
 * calibrates to [[4, 1], [1, 4]], so one row of each label is flagged, the largest margin against it: id 4
 * (labelled 0, score 0.7) and id 7 (labelled 1, score 0.3); self-confidence 0.3 both, id 7 first by a
 * rounding hair (1 − 0.7 is 0.30000000000000004).
 */
class LabelErrorsWindowTest extends WindowTest {

    @Test
    void walksTheSuspectsWithATagToConfirmAndRToReject(FxRobot robot) throws Exception {
        shown.open(robot, new SmallProject(folder).projectFile);

        robot.clickOn("Review").clickOn("Find label-error suspects…");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.workspace()
                        .state()
                        .session()
                        .tag(LabelErrorsReview.TAG)
                        .isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#row-table").queryAs(TableView.class);
        assertThat(table.getItems()).containsExactly(6, 3);
        assertThat(robot.lookup("#row-subset").queryAs(Labeled.class).getText())
                .isEqualTo(
                        "2 label-error suspects, least self-confident first: tag \"possible label error\" to confirm, R alone to reject");
        // the small project's "noisy" has key 1, so the new tag takes 2
        assertThat(window.workspace()
                        .state()
                        .session()
                        .tag(LabelErrorsReview.TAG)
                        .orElseThrow()
                        .shortcut())
                .isEqualTo(2);

        robot.clickOn("#row-table")
                .type(KeyCode.DIGIT2)
                .type(KeyCode.R)
                .type(KeyCode.J)
                .type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        var session = window.workspace().state().session();
        assertThat(session.rows(LabelErrorsReview.TAG).toArray()).containsExactly(6);
        assertThat(session.reviewed().toArray()).containsExactly(3, 6);
        assertThat(session.reviewQueue()).isEmpty();
    }

    @Test
    void dataWithoutProbabilitiesSaysSo(FxRobot robot) throws Exception {
        shown.open(robot, ProjectOnDisk.create(folder, "plain", "id,label,prediction\n1,a,a\n2,b,a\n3,a,b\n", s -> {}));

        robot.clickOn("Review").clickOn("Find label-error suspects…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors.get(0)).contains("label errors need the model's probabilities");
    }
}
