package dev.errata.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.Analyst;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.ui.workspace.AnalystName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewViewModelTest {

    @TempDir
    Path folder;

    Opened opened;
    ReviewViewModel review;

    @BeforeEach
    void open() throws Exception {
        opened = Opened.on(new SmallProject(folder).projectFile);
        review = opened.workspace().review();
        opened.workspace().rows().errorsOnlyProperty().set(true);
    }

    @AfterEach
    void close() throws Exception {
        opened.close();
    }

    @Test
    void movesThroughTheRowsOfTheCurrentFilter() {
        assertThat(review.currentRow()).isEqualTo(-1);
        review.next();
        assertThat(review.currentRow()).isEqualTo(1);
        review.next();
        review.next();
        review.next();
        review.next();
        assertThat(review.currentRow()).isEqualTo(9);
        review.previous();
        assertThat(review.currentRow()).isEqualTo(6);
        assertThat(review.headingProperty().get())
                .isEqualTo("Row 7 · label 1 · predicted 0 · score 0.3 · error · not reviewed");
        assertThat(review.fields())
                .extracting(ReviewViewModel.Field::value)
                .containsExactly("7", "1", "0", "0.3", "web");
    }

    @Test
    void keepsTheLinesOfTheFieldsAndChangesTheirValuesWhenTheRowChangesOrNoRowIsCurrent() {
        review.next();
        List<ReviewViewModel.Field> lines = List.copyOf(review.fields());
        assertThat(lines)
                .extracting(ReviewViewModel.Field::name)
                .containsExactly("id", "label", "prediction", "score", "device");
        review.next();
        assertThat(review.currentRow()).isEqualTo(3);
        assertThat(review.fields()).containsExactlyElementsOf(lines);
        assertThat(lines).extracting(ReviewViewModel.Field::value).containsExactly("4", "0", "1", "0.7", "ios");

        opened.workspace().rows().errorsOnlyProperty().set(false);
        assertThat(review.currentRow()).isEqualTo(-1);
        assertThat(review.fields()).containsExactlyElementsOf(lines);
        assertThat(lines).extracting(ReviewViewModel.Field::value).containsOnly("");
    }

    @Test
    void marksReviewedAndCountsTheProgress() {
        review.next();
        review.markReviewed(new int[0], true);
        review.next();
        review.markReviewed(new int[0], true);
        assertThat(review.progressProperty().get()).isEqualTo("reviewed 2 of 4 errors");
        assertThat(review.headingProperty().get()).endsWith("· reviewed");
        assertThat(review.reviewersProperty().get()).isEqualTo("reviewed by " + Analyst.SYSTEM);
        // R again keeps the review; Shift+R takes it back
        review.markReviewed(new int[0], true);
        assertThat(review.progressProperty().get()).isEqualTo("reviewed 2 of 4 errors");
        review.markReviewed(new int[0], false);
        assertThat(review.progressProperty().get()).isEqualTo("reviewed 1 of 4 errors");
    }

    @Test
    void marksEverySelectedRowReviewedInOneUndoableEditAndUnmarksThemOnShiftR() {
        review.markReviewed(new int[] {1, 3, 6}, true);
        assertThat(review.progressProperty().get()).isEqualTo("reviewed 3 of 4 errors");
        review.markReviewed(new int[] {1, 3}, true);
        assertThat(review.progressProperty().get())
                .as("marking reviewed rows again changes nothing")
                .isEqualTo("reviewed 3 of 4 errors");
        review.markReviewed(new int[] {1, 3}, false);
        assertThat(review.progressProperty().get()).isEqualTo("reviewed 1 of 4 errors");
        opened.workspace().undo();
        assertThat(review.progressProperty().get()).isEqualTo("reviewed 3 of 4 errors");
        opened.workspace().undo();
        assertThat(review.progressProperty().get()).isEqualTo("reviewed 0 of 4 errors");
    }

    @Test
    void writesTheNoteOfTheCurrentRowAndShowsItsTags() {
        review.next();
        opened.dialogs.textAnswers.add("truncated audio");
        review.editNote();
        opened.workspace().rows().toggleShortcut(1, new int[] {review.currentRow()});
        assertThat(review.noteProperty().get()).isEqualTo("truncated audio");
        assertThat(review.tagsProperty().get()).isEqualTo("noisy (" + Analyst.SYSTEM + ")");
        opened.workspace().undo();
        opened.workspace().undo();
        assertThat(review.noteProperty().get()).isEmpty();
        assertThat(review.tagsProperty().get()).isEmpty();
    }

    /** The name is the user's preference: it names the marks of this project and of the next one opened. */
    @Test
    void theRowSaysWhoReviewedAndTaggedItUnderTheNameInThePreferences() {
        review.next();
        opened.workspace().rows().toggleShortcut(1, new int[] {review.currentRow()});
        opened.dialogs.textAnswers.add("  alice ");
        opened.window.chooseAnalyst();
        review.markReviewed(new int[0], true);
        review.next();
        opened.workspace().rows().toggleShortcut(1, new int[] {review.currentRow()});
        review.previous();

        assertThat(opened.window.analystProperty().get()).isEqualTo("alice");
        assertThat(new AnalystName(opened.preferences).get()).isEqualTo("alice");
        assertThat(review.headingProperty().get()).endsWith("· error · reviewed");
        assertThat(review.reviewersProperty().get()).isEqualTo("reviewed by alice");
        assertThat(review.tagsProperty().get()).isEqualTo("noisy (" + Analyst.SYSTEM + ")");
        review.next();
        assertThat(review.tagsProperty().get()).isEqualTo("noisy (alice)");
        assertThat(review.headingProperty().get()).endsWith("· not reviewed");
        assertThat(review.reviewersProperty().get()).isEmpty();

        opened.dialogs.textAnswers.add("a\nb");
        opened.window.chooseAnalyst();
        assertThat(opened.dialogs.errors)
                .containsExactly(
                        "Cannot change the analyst: an analyst's name is one line, without control characters");
        assertThat(opened.workspace().state().session().analyst()).isEqualTo("alice");
    }

    @Test
    void aNoteLongerThanAProjectFileHoldsIsRefusedWithAMessageAndTheOldNoteStays() {
        review.next();
        opened.dialogs.textAnswers.add("heard");
        review.editNote();
        opened.dialogs.textAnswers.add("x".repeat((1 << 20) + 1));
        review.editNote();

        assertThat(review.noteProperty().get()).isEqualTo("heard");
        assertThat(opened.dialogs.errors)
                .containsExactly("Cannot change the note: a note holds at most 1,048,576 characters, "
                        + "and this one has 1,048,577");
    }

    @Test
    void showsTheMediaOfTheCurrentRowWithPathsRelativeToTheDataFilesFolder() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.write(Files.createDirectories(data.resolve("img")).resolve("1.png"), new byte[] {1});
        Files.writeString(data.resolve("media.csv"), "id,label,prediction,image\n1,1,1,img/1.png\n2,0,1,img/2.png\n");
        Path project = folder.resolve("media.errata.json");
        new ProjectOpener()
                .create(project, ImportRequest.of(data.resolve("media.csv")), Progress.NONE)
                .close();
        try (Opened media = Opened.on(project)) {
            ReviewViewModel detail = media.workspace().review();
            detail.next();
            assertThat(detail.media())
                    .containsExactly(
                            new MediaPreview("image", MediaKind.IMAGE, "img/1.png", data.resolve("img/1.png"), true));
            detail.next();
            assertThat(detail.media()).extracting(MediaPreview::exists).containsExactly(false);
        }
    }
}
