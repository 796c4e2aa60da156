package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/** Who reviewed and tagged each row is kept by the file and by the journal, and old files have no one. */
class ProjectAnalystsTest {

    @TempDir
    Path folder;

    private static void work(TagSession s) {
        s.createTag(TagDefinition.hand("noise", "#ff0000"));
        s.setAnalyst("alice");
        s.setTag("noise", RoaringBitmap.bitmapOf(0, 1), true);
        s.setReviewed(RoaringBitmap.bitmapOf(0, 1, 2), true);
        s.setAnalyst("bob");
        s.setTag("noise", RoaringBitmap.bitmapOf(3), true);
        s.setReviewed(RoaringBitmap.bitmapOf(3), true);
    }

    /** The work saved, and the journal that continues the save gone, so only the file tells it. */
    private ProjectFixture saved() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            work(p.session());
            p.save();
        }
        Files.delete(Project.journalOf(fx.projectFile));
        return fx;
    }

    private static void assertWork(TagSession s) {
        assertThat(s.reviewers(2)).containsExactly("alice");
        assertThat(s.reviewers(3)).containsExactly("bob");
        assertThat(s.reviewers(4)).isEmpty();
        assertThat(s.taggers("noise", 1)).containsExactly("alice");
        assertThat(s.taggers("noise", 3)).containsExactly("bob");
    }

    @Test
    void theFileKeepsEachRowsAnalystsOnTheRowsLine() throws IOException {
        ProjectFixture fx = saved();
        assertThat(Files.readString(fx.projectFile))
                .contains(
                        "\n    {\"row\":\"a\",\"reviewed\":true,\"reviewed_by\":[\"alice\"],\"tags\":{\"noise\":[\"alice\"]},\"at\":\"")
                .contains("\n    {\"row\":\"c\",\"reviewed\":true,\"reviewed_by\":[\"alice\"],\"at\":\"")
                .contains(
                        "\n    {\"row\":\"d\",\"reviewed\":true,\"reviewed_by\":[\"bob\"],\"tags\":{\"noise\":[\"bob\"]},\"at\":\"");
        try (Project reopened = fx.open()) {
            assertWork(reopened.session());
        }
    }

    @Test
    void theJournalKeepsThemUntilTheSave() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            work(p.session());
        }
        try (Project recovered = fx.open()) {
            assertThat(recovered.recoveredEdits()).isEqualTo(5);
            assertWork(recovered.session());
        }
    }

    @Test
    void aFileFromBeforeAnalystsOpensWithTheMarksOfNoOne() throws IOException {
        ProjectFixture fx = saved();
        ObjectNode tree = OldProjectFile.tree(fx.projectFile, 2);
        tree.remove("reviewed_by");
        tree.withArray("tags").forEach(tag -> ((ObjectNode) tag).remove("rows_by"));
        OldProjectFile.write(fx.projectFile, tree);
        assertThat(Files.readString(fx.projectFile)).doesNotContain("_by");
        try (Project old = fx.open()) {
            assertThat(old.warnings()).isEmpty();
            assertThat(old.session().reviewed().toArray()).containsExactly(0, 1, 2, 3);
            assertThat(old.session().rows("noise").toArray()).containsExactly(0, 1, 3);
            assertThat(old.session().reviewers(0)).isEmpty();
            assertThat(old.session().taggers("noise", 0)).isEmpty();
        }
    }

    @Test
    void aNullAmongTheAnalystsIsNamed() throws IOException {
        ProjectFixture fx = saved();
        Files.writeString(
                fx.projectFile, Files.readString(fx.projectFile).replace("{\"noise\":[\"bob\"]}", "{\"noise\":null}"));
        assertThatThrownBy(fx::open)
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("churn.errata.json: the field rows[3].tags.noise must be a list of analysts' names");
    }
}
