package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * Review → Agreement with another project… on the small project: both review rows 0–5; this one tags
 * "noisy" on rows 1 and 3, the other on rows 1 and 2, so they disagree on rows 2 and 3 (ids 3 and 4).
 */
class TeamWorkTest {

    @TempDir
    Path folder;

    @Test
    void showsTheAgreementThenTheRowsInDisagreementToWalk() throws Exception {
        SmallProject small = new SmallProject(folder);
        Path other = Files.copy(small.projectFile, folder.resolve("bob.errata.json"));
        try (Project bob = new ProjectOpener().open(other, Progress.NONE)) {
            bob.session().setReviewed(RoaringBitmap.bitmapOf(0, 1, 2, 3, 4, 5), true);
            bob.session().setTag("noisy", RoaringBitmap.bitmapOf(1, 2), true);
            bob.save();
        }
        try (Opened opened = Opened.on(small.projectFile)) {
            Workspace workspace = opened.workspace();
            workspace.state().edit("review", s -> {
                s.setReviewed(RoaringBitmap.bitmapOf(0, 1, 2, 3, 4, 5), true);
                s.setTag("noisy", RoaringBitmap.bitmapOf(1, 3), true);
            });
            opened.dialogs.fileToOpen = other;

            workspace.team().agreementChosen();

            // kappa by hand: p_o = 4/6, each says yes to 2 of 6, p_e = 1/9 + 4/9 = 5/9, κ = (2/3 − 5/9) / (4/9) = 0.25
            assertThat(opened.dialogs.tables).hasSize(1);
            assertThat(opened.dialogs.tables.get(0))
                    .contains("6 rows reviewed by both")
                    .containsPattern("noisy +0\\.25 ");
            assertThat(workspace.rows().rows()).containsExactly(2, 3);
            assertThat(workspace.rows().subsetProperty().get().description())
                    .isEqualTo("rows in disagreement with bob.errata.json: 2, in the data's order");
            assertThat(workspace.review().currentRow()).isEqualTo(2);
        }
    }
}
