package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.workspace.AnalystName;
import dev.errata.ui.workspace.RecentProjects;
import dev.errata.ui.workspace.ThemeChoice;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
 * Opening a CSV whose prediction column has a name detection does not know ("guess"): the import dialog
 * previews it, the user makes "guess" the prediction, and the project loads with it. By hand, with "guess"
 * as the prediction the small table's errors are ids 2, 4, 7 and 10, as in {@link SmallProject}.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogWindowTest {

    @TempDir
    Path folder;

    final Preferences preferences = Preferences.userRoot().node("dev/errata/test/" + UUID.randomUUID());
    WindowViewModel window;
    ThemeChoice theme;
    Path csv;

    @Start
    void start(Stage stage) throws Exception {
        csv = folder.resolve("guesses.csv");
        Files.writeString(
                csv,
                SmallProject.CSV
                        .replace("id,label,prediction,", "id,label,guess,")
                        .replaceAll("(?m)^(id,.*)$", "$1,tag_young")
                        .replaceAll("(?m)^(\\d+,.*)$", "$1,true"));
        theme = new ThemeChoice(preferences);
        window = ErrataApp.showWindow(
                stage,
                new FxDialogs(stage, theme),
                new RecentProjects(preferences),
                new AnalystName(preferences),
                theme,
                new KeyBindings(preferences));
        window.open(csv);
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        preferences.removeNode();
    }

    @Test
    void previewsTheFileAndLoadsItWithTheRoleTheUserChose(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup("#import-preview").tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(10);
        // a boolean column offered as a tag, named as in the file (a check box once took its "_" for a mnemonic)
        // ("guess", 0/1 and not yet the prediction, is offered too, unchecked)
        assertThat(robot.lookup("#tag-columns .check-box").queryAllAs(javafx.scene.control.CheckBox.class).stream()
                        .filter(box -> box.getText().startsWith("tag")))
                .singleElement()
                .satisfies(box -> {
                    assertThat(box.getText()).isEqualTo("tag_young");
                    assertThat(box.isMnemonicParsing()).isFalse();
                    assertThat(box.isSelected()).isTrue();
                });
        assertThat(preview.getColumns())
                .extracting(TableColumn::getText)
                .containsExactly(
                        "id · Row id",
                        "label · Label (truth)",
                        "guess",
                        "score · Score (binary)",
                        "device",
                        "tag_young");

        robot.clickOn("#role-prediction");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((Labeled cell) -> "guess".equals(cell.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.getColumns().get(2).getText()).isEqualTo("guess · Prediction");

        robot.clickOn("#import-load");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.recent().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().state().project().roles().prediction()).isEqualTo("guess");
        assertThat(window.workspace().state().snapshot().errorRows().errors().toArray())
                .containsExactly(1, 3, 6, 9);
        assertThat(folder.resolve("guesses.errata.json")).exists();
    }
}
