package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.metrics.TagMetrics;
import dev.errata.tags.TagDefinition;
import dev.errata.ui.workspace.WindowViewModel;
import dev.errata.ui.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
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
 * File → Import reviews… on the small project, then one Ctrl+Z. By hand: the file reviews the four errors
 * (ids 2, 4, 7, 10: rows 1, 3, 6, 9), tags ids 2 and 4 "noisy" and id 7 a new tag "blurry", and notes id 4:
 * 3 rows with 2 tags, 4 reviewed, 1 note; "noisy" then holds 2 of the 4 reviewed errors.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewsImportWindowTest {

    @TempDir
    Path folder;

    final ShownWindow shown = new ShownWindow();
    final FakeDialogs dialogs = new FakeDialogs();
    WindowViewModel window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = shown.show(stage, dialogs);
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        shown.forget();
    }

    @Test
    void importsReviewsFromTheFileMenuAndOneUndoTakesThemAllBack(FxRobot robot) throws Exception {
        Workspace workspace = shown.open(robot, new SmallProject(folder).projectFile);
        dialogs.csvToChoose = Files.writeString(
                folder.resolve("reviews.csv"),
                "id,tag,reviewed,note\n2,noisy,1,\n4,noisy,1,fan hum\n7,blurry,yes,\n10,,1,\n");

        robot.clickOn("File").clickOn("Import reviews…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.notices.isEmpty() || !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notices)
                .containsExactly("tagged 3 rows with 2 tags, marked 4 reviewed, set 1 note\ncreated tag \"blurry\"");
        assertThat(workspace.state().marks().rowsOf("noisy").toArray()).containsExactly(1, 3);
        assertThat(workspace.state().marks().rowsOf("blurry").toArray()).containsExactly(6);
        assertThat(workspace.state().marks().reviewed().toArray()).containsExactly(1, 3, 6, 9);
        assertThat(workspace.state().session().note(3)).contains("fan hum");
        assertThat(robot.lookup("#review-progress").queryAs(Labeled.class).getText())
                .isEqualTo("reviewed 4 of 4 errors");
        TagMetrics noisy = workspace.state().snapshot().tags().stream()
                .filter(t -> t.name().equals("noisy"))
                .findFirst()
                .orElseThrow();
        assertThat(noisy.count()).isEqualTo(2);
        assertThat(noisy.errorShare().value()).isEqualTo(0.5);
        assertThat(workspace.undoTextProperty().get()).isEqualTo("Undo import reviews.csv");
        assertThat(stage.getTitle()).isEqualTo("• small — Errata");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.state().session().tags())
                .extracting(TagDefinition::name)
                .containsExactly("noisy");
        assertThat(workspace.state().marks().rowsOf("noisy").isEmpty()).isTrue();
        assertThat(workspace.state().marks().reviewed().isEmpty()).isTrue();
        assertThat(workspace.state().session().notes()).isEmpty();
        assertThat(workspace.state().session().canUndo()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("small — Errata");
    }

    @Test
    void aBadFileIsShownAsAnErrorNamingItsLineAndColumnAndChangesNothing(FxRobot robot) throws Exception {
        Workspace workspace = shown.open(robot, new SmallProject(folder).projectFile);
        dialogs.csvToChoose = Files.writeString(folder.resolve("reviews.csv"), "id,reviewed\n2,1\n99,1\n");

        robot.clickOn("File").clickOn("Import reviews…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors)
                .containsExactly("Could not import reviews.csv: reviews.csv:3:1: no row of the project's data has id"
                        + " \"99\" (give --skip-unknown-ids to skip such lines)");
        assertThat(workspace.state().session().canUndo()).isFalse();
        assertThat(dialogs.notices).isEmpty();
    }
}
