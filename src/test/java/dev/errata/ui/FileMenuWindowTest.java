package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.project.Project;
import dev.errata.ui.dialogs.Dialogs.UnsavedChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File → Save As…, Close and Quit in the real window, from their keys. */
class FileMenuWindowTest extends WindowTest {

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saveAsWritesTheWorkUnderTheNewNameAndTheWindowGoesOnThere(FxRobot robot) throws Exception {
        SmallProject small = new SmallProject(folder);
        shown.open(robot, small.projectFile);
        byte[] before = Files.readAllBytes(small.projectFile);
        robot.type(KeyCode.J, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.exists(Project.journalOf(small.projectFile))).isTrue();

        // typed without the suffix: the project file gets it
        dialogs.fileToSave = folder.resolve("copy");
        shortcut(robot, KeyCode.SHIFT, KeyCode.S);
        Path copy = folder.resolve("copy.errata.json");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !window.workspace().state().isChanged());
        assertThat(window.workspace().state().project().file()).isEqualTo(copy.toAbsolutePath());
        assertThat(window.titleProperty().get()).isEqualTo("copy — Errata");
        assertThat(window.recent().get(0)).isEqualTo(copy.toAbsolutePath());
        // the old file is as it was last saved, and its unsaved edits went with the new file
        assertThat(Files.readAllBytes(small.projectFile)).isEqualTo(before);
        assertThat(Files.exists(Project.journalOf(small.projectFile))).isFalse();

        // an edit after Save As is journaled beside the new file, and survives closing without saving
        robot.type(KeyCode.J, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllLines(Project.journalOf(copy))).hasSizeGreaterThan(1);
        dialogs.unsavedChoice = UnsavedChoice.SAVE;
        shortcut(robot, KeyCode.W);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workspace() == null);
        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(window.titleProperty().get()).isEqualTo("Errata");

        assertThat(shown.open(robot, copy).state().marks().reviewed().getCardinality())
                .isEqualTo(2);
        assertThat(shown.open(robot, small.projectFile)
                        .state()
                        .marks()
                        .reviewed()
                        .getCardinality())
                .isZero();
    }

    @Test
    void quitAsksAboutUnsavedWorkAsClosingTheWindowDoes(FxRobot robot) throws Exception {
        shown.open(robot, new SmallProject(folder).projectFile);
        Stage stage = (Stage) robot.lookup("#menu-bar").query().getScene().getWindow();
        robot.type(KeyCode.J, KeyCode.R);
        dialogs.unsavedChoice = UnsavedChoice.CANCEL;
        shortcut(robot, KeyCode.Q);
        assertThat(dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(stage.isShowing()).isTrue();

        dialogs.unsavedChoice = UnsavedChoice.SAVE;
        shortcut(robot, KeyCode.Q);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(dialogs.unsavedQuestions).isEqualTo(2);
    }
}
