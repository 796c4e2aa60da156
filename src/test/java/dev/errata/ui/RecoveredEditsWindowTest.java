package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edits made and never saved come back in the window from the journal, and the window says they are
 * unsaved. By hand, with rows 0–3 reviewed (errors 1 and 3) and "noisy" on rows 1 and 2: 2 rows,
 * prevalence 2/4, error share 1/2.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveredEditsWindowTest {

    @TempDir
    Path folder;

    final ShownWindow shown = new ShownWindow();
    WindowViewModel window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = shown.show(stage, new FakeDialogs());
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        shown.forget();
    }

    @Test
    void replaysTheJournalOfEditsClosedWithoutSavingAndMarksTheProjectChanged(FxRobot robot) throws Exception {
        Path file = new SmallProject(folder).projectFile;
        Project project = new ProjectOpener().open(file, Progress.NONE);
        project.session().setTag("noisy", RoaringBitmap.bitmapOf(1, 2), true);
        project.session().setReviewed(RoaringBitmap.bitmapOfRange(0, 4), true);
        project.close();

        shown.open(robot, file);
        FxWait.until(
                () -> robot.lookup("#tag-metrics .table-row-cell").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("• small — Errata");
        assertThat(WindowText.of(robot, "#tag-list .tag-summary"))
                .isEqualTo("2 of 4 reviewed · 50.0% of errors (est.)");
        List<String> metrics = WindowText.line(robot, "#tag-metrics", 0);
        assertThat(metrics).startsWith("noisy", "2 of 4 reviewed");
        assertThat(metrics.get(2)).startsWith("50.0% [");
        assertThat(metrics.get(3)).startsWith("50.0% [");
        assertThat(robot.lookup("#review-progress").queryAs(Labeled.class).getText())
                .isEqualTo("reviewed 2 of 4 errors");
    }
}
