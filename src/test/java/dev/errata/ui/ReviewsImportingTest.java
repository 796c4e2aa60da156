package dev.errata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.session.ProjectState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of reviews is many edits of the session (here a new tag, its rows, the review marks and three
 * notes: 6 edits); the views are told once when it is merged and once when one undo takes it back, not per edit.
 */
class ReviewsImportingTest {

    @TempDir
    Path folder;

    @Test
    void theViewsHearOneChangeForAWholeImportAndOneForItsUndo() throws Exception {
        try (Opened opened = Opened.on(new SmallProject(folder).projectFile)) {
            opened.dialogs.csvToChoose = Files.writeString(
                    folder.resolve("reviews.csv"), "id,tag,reviewed,note\n2,hum,1,a\n4,,1,b\n7,,1,c\n");
            ProjectState state = opened.workspace().state();
            List<Number> revisions = new ArrayList<>();
            state.revisionProperty().addListener((obs, old, now) -> revisions.add(now));

            opened.workspace().reviewsImporting().importChosen();

            assertThat(opened.dialogs.notices)
                    .containsExactly("tagged 1 row with 1 tag, marked 3 reviewed, set 3 notes\ncreated tag \"hum\"");
            assertThat(revisions).hasSize(1);
            assertThat(state.marks().rowsOf("hum").toArray()).containsExactly(1);
            assertThat(state.marks().reviewed().toArray()).containsExactly(1, 3, 6);

            opened.workspace().undo();

            assertThat(revisions).hasSize(2);
            assertThat(state.marks().tag("hum")).isEmpty();
            assertThat(state.marks().reviewed().isEmpty()).isTrue();
            assertThat(state.isChanged()).isFalse();
            opened.dialogs.unsavedChoice = Dialogs.UnsavedChoice.DISCARD;
        }
    }
}
