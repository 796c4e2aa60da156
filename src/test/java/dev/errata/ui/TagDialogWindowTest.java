package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.TagDefinition;
import dev.errata.tags.TextLimit;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.tags.TagItem;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
 * The real dialogs. Creating a rule tag through the real dialog, in the dark theme the window has. By hand: {@code device == "ios"} holds rows 2, 3 and 8,
 * one of them (3) among the four errors: 3 rows, 25.0% of errors. A tag's menu acts on the tag its line
 * shows, though the line's menu was made for the line and not for that tag.
 */
@ExtendWith(ApplicationExtension.class)
class TagDialogWindowTest {

    @TempDir
    Path folder;

    final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());
    WindowViewModel window;
    ThemeChoice theme;

    @Start
    void start(Stage stage) throws Exception {
        SmallProject small = new SmallProject(folder);
        theme = new ThemeChoice(preferences);
        window = ErrataApp.showWindow(
                stage,
                new FxDialogs(stage, theme),
                new RecentProjects(preferences),
                new AnalystName(preferences),
                theme,
                new KeyBindings(preferences));
        window.open(small.projectFile);
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    @Test
    void marksTheBadPartOfARuleWhileTypingAndCreatesTheTag(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#add-tag").tryQuery().isPresent());
        robot.interact(() -> theme.darkProperty().set(true));
        robot.clickOn("#add-tag");
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getStyleClass())
                .contains("dark");
        robot.clickOn("#tag-name").write("ios");
        robot.clickOn("#kind-rule");
        robot.clickOn("#rule-text").write("devise == \"ios\"");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#rule-text-problem").queryAs(Labeled.class).getText())
                .isNotEmpty();
        List<String> marked = robot.lookup(".rule-error-part").queryAllAs(Text.class).stream()
                .map(Text::getText)
                .toList();
        assertThat(marked).containsExactly("devise");

        robot.clickOn("#rule-text").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("device == \"ios\"");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rule-text-problem").queryAs(Labeled.class).getText())
                .isEmpty();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> tags = robot.lookup("#tag-list").queryAs(ListView.class);
        assertThat(tags.getItems()).hasSize(2);
        assertThat(window.workspace().tags().items().get(1).summary()).isEqualTo("3 rows · 25.0% of errors");
        assertThat(window.workspace().state().marks().tag("ios").orElseThrow().shortcut())
                .isEqualTo(2);
    }

    @Test
    void aTagsMenuActsOnTheTagItsLineShows(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#tag-list .tag-name").tryQuery().isPresent());
        robot.interact(() -> window.workspace()
                .state()
                .edit(
                        "create",
                        session -> session.createTag(TagDefinition.rule("ios", "#61afef", "device == \"ios\""))));
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> first = robot.lookup("#tag-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getIndex() == 0)
                .findFirst()
                .orElseThrow();

        assertThat(menuItems(first)).containsExactly("Edit…", "Delete", "More like this…");
        robot.interact(() -> choose(first, "Delete"));
        assertThat(window.workspace().tags().items()).extracting(TagItem::name).containsExactly("ios");

        // the line that showed noisy shows ios now, and its menu acts on ios
        robot.interact(() -> choose(first, "Delete"));
        assertThat(window.workspace().tags().items()).isEmpty();
    }

    /** A double-click on a tag opens the one tag editor, which refuses a baseline above 100% in words. */
    @Test
    void aDoubleClickOpensTheTagEditorWhereTheBaselineIsSet(FxRobot robot) throws Exception {
        // a list can hold cells it has taken out of the scene, so the name clicked is one that is on screen
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> shownTagName(robot).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(shownTagName(robot).orElseThrow());
        FxWait.until(() -> robot.lookup("#baseline-field").tryQuery().isPresent());
        TextField baseline = robot.lookup("#baseline-field").queryAs(TextField.class);
        robot.interact(() -> baseline.setText("150"));
        assertThat(robot.lookup("#tag-problem")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .isEqualTo("The baseline is a percentage from 0 to 100, e.g. 92.5; leave it empty for none.");
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                        .filter(b -> b.getText().equals("OK"))
                        .findFirst()
                        .orElseThrow()
                        .isDisabled())
                .isTrue();
        robot.interact(() -> baseline.setText("90"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().state().marks().tag("noisy").orElseThrow().baseline())
                .isEqualTo(0.9);
    }

    /**
     * The real note dialog takes no more text than a project file holds: a paste one character longer is
     * refused in the field, so the note saved is always one the project opens with again.
     */
    @Test
    void theNoteFieldRefusesAPasteLongerThanAProjectFileHolds(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workspace() != null);
        robot.interact(() -> window.workspace().review().next());
        Platform.runLater(() -> window.workspace().review().editNote());
        FxWait.until(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);

        robot.interact(() -> field.replaceText(0, field.getLength(), "x".repeat(TextLimit.MAX_CHARS + 1)));
        assertThat(field.getLength()).isZero();
        robot.interact(() -> field.replaceText(0, field.getLength(), "x".repeat(TextLimit.MAX_CHARS)));
        assertThat(field.getLength()).isEqualTo(TextLimit.MAX_CHARS);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.workspace().review().noteProperty().get()).hasSize(TextLimit.MAX_CHARS);
    }

    private static List<String> menuItems(ListCell<?> cell) {
        return cell.getContextMenu().getItems().stream().map(MenuItem::getText).toList();
    }

    private static void choose(ListCell<?> cell, String command) {
        cell.getContextMenu().getItems().stream()
                .filter(item -> item.getText().equals(command))
                .findFirst()
                .orElseThrow()
                .fire();
    }

    private static Optional<Node> shownTagName(FxRobot robot) {
        return robot.lookup("#tag-list .tag-name")
                .match(node -> node.getScene() != null && node.isVisible())
                .tryQuery();
    }
}
