package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.SpeechCopy;
import dev.errata.discovery.ConfusionSuggestion;
import dev.errata.discovery.RuleSuggestion;
import dev.errata.ui.analysis.TagLine;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Suggestions tab (Ctrl+3) on the planted pocket of {@link PocketProject}: Enter walks its 50 rows
 * with the row table's keys. */
class SuggestionsWindowTest extends WindowTest {

    @Test
    void opensSearchesAndWalksTheFirstSuggestionsRows(FxRobot robot) throws Exception {
        TableView<RuleSuggestion> list = suggestionsOf(robot, PocketProject.create(folder), any -> true);
        assertThat(robot.lookup("#suggestions-status").queryAs(Labeled.class).getText())
                .contains("weak slices, best first");

        robot.clickOn(list).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.workspace().rows().rows().size() == PocketProject.POCKET_ROWS);

        @SuppressWarnings("unchecked")
        TableView<Integer> table = robot.lookup("#row-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(PocketProject.POCKET_ROWS);
        assertThat(robot.lookup("#row-subset").queryAs(Labeled.class).getText())
                .isEqualTo("50 rows of the suggested slice " + PocketProject.RULE);
        // the walk starts at the slice's first row, 3 (row index 2), and J goes on to row 11 on the table's keys
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> robot.lookup("#row-table").query().isFocused());
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(2);
        robot.type(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(10);
    }

    @Test
    void aSuggestionBecomesARuleTagOnThePrioritiesInAFewKeys(FxRobot robot) throws Exception {
        dialogs.textAnswers.add("pocket");
        suggestionsOf(robot, PocketProject.create(folder), any -> true);
        // the best suggestion is chosen and the list has the keys: T names it, Ctrl+2 shows the priorities
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<TagLine> priorities = robot.lookup("#priorities").queryAs(TableView.class);
        assertThat(priorities.isVisible()).isTrue();
        assertThat(priorities.getItems()).extracting(TagLine::name).contains("pocket");
        assertThat(window.workspace()
                        .state()
                        .marks()
                        .tag("pocket")
                        .orElseThrow()
                        .rule())
                .isEqualTo(PocketProject.RULE);
    }

    @Test
    void aWordConfusionOfTheSpeechSampleBecomesARuleTag(FxRobot robot) throws Exception {
        dialogs.textAnswers.add("to → two");
        TableView<RuleSuggestion> list =
                suggestionsOf(robot, SpeechCopy.in(folder), ConfusionSuggestion.class::isInstance);
        RuleSuggestion confusion = list.getItems().stream()
                .filter(ConfusionSuggestion.class::isInstance)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(confusion));
        assertThat(robot.lookup("#suggestions-rule").queryAs(Labeled.class).getText())
                .isEqualTo("recognised against reference mishears \"to\" as \"two\"");

        robot.clickOn("#suggestions-tag");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.workspace()
                        .state()
                        .marks()
                        .tag("to → two")
                        .orElseThrow()
                        .rule())
                .isEqualTo(confusion.rule());
        assertThat(window.workspace().state().session().rows("to → two").getCardinality())
                .isEqualTo(28);
    }

    /** Opens the project, shows the Suggestions tab (Ctrl+3) and waits for a suggestion {@code awaited} takes. */
    private TableView<RuleSuggestion> suggestionsOf(FxRobot robot, Path project, Predicate<RuleSuggestion> awaited)
            throws Exception {
        shown.open(robot, project);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<RuleSuggestion> list = robot.lookup("#suggestions").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(awaited));
        WaitForAsyncUtils.waitForFxEvents();
        return list;
    }
}
