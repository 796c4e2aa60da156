package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * Review → Agreement with other projects… on the small project: both review rows 0–5; this one tags
 * "noisy" on rows 1 and 3, the other on rows 1 and 2, so they disagree on rows 2 and 3 (ids 3 and 4).
 */
class TeamWorkTest {

    @TempDir
    Path folder;

    @Test
    void showsTheAgreementThenTheRowsInDisagreementToWalk() throws Exception {
        SmallProject small = new SmallProject(folder);
        Path bob = otherAnalyst(small, "bob");
        try (Opened opened = Opened.on(small.projectFile)) {
            Workspace workspace = agreementWith(opened, List.of(bob));

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

    /**
     * Two other analysts chosen at once: Krippendorff's alpha over the three. All review rows 0–5; "noisy"
     * is on rows 1 and 3 here, 1 and 2 for bob and carol. An independent Python transcription of the
     * coincidence matrix (nominal) gives α = 1 − 17·2 / (6·12) = 0.5278; rows 2 and 3 are in disagreement.
     */
    @Test
    void threeProjectsShowKrippendorffsAlpha() throws Exception {
        SmallProject small = new SmallProject(folder);
        List<Path> others = List.of(otherAnalyst(small, "bob"), otherAnalyst(small, "carol"));
        try (Opened opened = Opened.on(small.projectFile)) {
            Workspace workspace = agreementWith(opened, others);

            assertThat(opened.dialogs.tables).hasSize(1);
            assertThat(opened.dialogs.tables.get(0))
                    .contains("6 rows reviewed by two or more")
                    .containsPattern("tag +alpha ")
                    .containsPattern("noisy +0\\.53 ");
            assertThat(workspace.rows().rows()).containsExactly(2, 3);
            assertThat(workspace.rows().subsetProperty().get().description())
                    .isEqualTo("rows in disagreement with bob.errata.json, carol.errata.json: 2, in the data's order");
        }
    }

    /** A copy of the project where the analyst reviewed rows 0–5 and tagged "noisy" on rows 1 and 2. */
    private Path otherAnalyst(SmallProject small, String name) throws Exception {
        Path other = Files.copy(small.projectFile, folder.resolve(name + ".errata.json"));
        try (Project analyst = new ProjectOpener().open(other, Progress.NONE)) {
            analyst.session().setReviewed(RoaringBitmap.bitmapOf(0, 1, 2, 3, 4, 5), true);
            analyst.session().setTag("noisy", RoaringBitmap.bitmapOf(1, 2), true);
            analyst.save();
        }
        return other;
    }

    /** Reviews rows 0–5 here with "noisy" on rows 1 and 3, then asks for the agreement with the others. */
    private static Workspace agreementWith(Opened opened, List<Path> others) {
        Workspace workspace = opened.workspace();
        workspace.state().edit("review", s -> {
            s.setReviewed(RoaringBitmap.bitmapOf(0, 1, 2, 3, 4, 5), true);
            s.setTag("noisy", RoaringBitmap.bitmapOf(1, 3), true);
        });
        opened.dialogs.projectsToOpen = others;
        workspace.team().agreementChosen();
        return workspace;
    }
}
