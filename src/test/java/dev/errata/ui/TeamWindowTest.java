package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.ui.workspace.WindowViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review → Agreement with other projects… and File → Merge another project… on the small project. By
 * hand: this analyst reviewed rows 0–5 and tagged "noisy" on 0, 1, 2; the other reviewed rows 2–9 and
 * tagged 2, 3, 4. Both reviewed rows 2–5 (ids 3–6), answering 1,0,0,0 and 1,1,1,0: agreement 2 of 4,
 * chance 0.25·0.75 + 0.75·0.25 = 0.375, kappa (0.5 − 0.375) / 0.625 = 0.2 (scikit-learn's
 * {@code cohen_kappa_score} too); they disagree on rows 3 and 4 (ids 4 and 5).
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {

    @TempDir
    Path folder;

    final ShownWindow shown = new ShownWindow();
    final FakeDialogs dialogs = new FakeDialogs();
    WindowViewModel window;
    Path mine;
    Path theirs;

    @Start
    void start(Stage stage) {
        window = shown.show(stage, dialogs);
    }

    @BeforeEach
    void twoAnalysts() throws Exception {
        mine = new SmallProject(folder).projectFile;
        theirs = Files.copy(mine, folder.resolve("other.errata.json"));
        work(mine, RoaringBitmap.bitmapOf(0, 1, 2, 3, 4, 5), RoaringBitmap.bitmapOf(0, 1, 2));
        work(theirs, RoaringBitmap.bitmapOf(2, 3, 4, 5, 6, 7, 8, 9), RoaringBitmap.bitmapOf(2, 3, 4));
    }

    private static void work(Path project, RoaringBitmap reviewed, RoaringBitmap noisy) throws Exception {
        try (Project p = new ProjectOpener().open(project, Progress.NONE)) {
            p.session().setReviewed(reviewed, true);
            p.session().setTag("noisy", noisy, true);
            p.save();
        }
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        shown.forget();
    }

    @Test
    void agreementFromTheReviewMenuShowsEachHandTagsKappa(FxRobot robot) throws Exception {
        shown.open(robot, mine);
        dialogs.projectsToOpen = List.of(theirs);

        robot.clickOn("Review").clickOn("Agreement with other projects…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.tables.isEmpty() || !dialogs.errors.isEmpty());

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.tables.get(0))
                .startsWith("4 rows reviewed by both")
                .containsPattern(
                        "noisy +0\\.20  -0\\.\\d\\d to 0\\.\\d\\d +50\\.0%  2  \\(under 0\\.6: the definition needs work\\)");
    }

    @Test
    void mergeFromTheFileMenuWritesTheUnionWithItsDisagreementsQueued(FxRobot robot) throws Exception {
        shown.open(robot, mine);
        dialogs.fileToOpen = theirs;
        dialogs.fileToSave = folder.resolve("merged.errata.json");

        robot.clickOn("File").clickOn("Merge another project…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.tables.isEmpty() || !dialogs.errors.isEmpty());

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.tables.get(0)).startsWith("Wrote " + dialogs.fileToSave + ": 2 rows in disagreement");
        try (Project merged = new ProjectOpener().open(dialogs.fileToSave, Progress.NONE)) {
            assertThat(merged.session().rows("noisy").toArray()).containsExactly(0, 1, 2, 3, 4);
            assertThat(merged.session().reviewed().toArray()).containsExactly(0, 1, 2, 5, 6, 7, 8, 9);
            assertThat(merged.session().reviewQueue().orElseThrow().rows()).containsExactly(3, 4);
        }
    }
}
