package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.Annotations;
import dev.errata.tags.ReviewQueue;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

class ProjectRecoveryTest {

    @TempDir
    Path folder;

    /** Every kind of edit, undo and redo, then the process dies: no save, no close. */
    private static Annotations editWithoutSaving(Project p) {
        TagSession s = p.session();
        s.createTag(TagDefinition.hand("car noise", "#ff0000"));
        s.createTag(TagDefinition.hand("doomed", "#00ff00"));
        s.setTag("car noise", RoaringBitmap.bitmapOf(0, 1, 4), true);
        s.setTag("doomed", RoaringBitmap.bitmapOf(2), true);
        s.deleteTag("doomed");
        s.renameTag("car noise", "engine noise");
        s.updateTagSettings("engine noise", 0.9, 1, 5, 2);
        s.setReviewed(RoaringBitmap.bitmapOf(0, 1, 2, 3), true);
        s.setTag("engine noise", RoaringBitmap.bitmapOf(4), false);
        s.undo();
        s.setNote(1, "horn");
        s.setNote(1, "horn and engine");
        s.undo();
        s.redo();
        s.setReviewQueue(QUEUE);
        s.excludePicked(true);
        s.createTag(TagDefinition.rule("positives", "#0000ff", "label == 1"));
        return s.snapshot();
    }

    /** A review queue of rows d and a, drawn from strata of two errors and three correct rows. */
    private static final ReviewQueue QUEUE = new ReviewQueue(
            7,
            1,
            1,
            null,
            List.of(
                    new ReviewQueue.Stratum("errors", true, 2, 1),
                    new ReviewQueue.Stratum("correct rows", false, 3, 1)),
            List.of(3, 0),
            false,
            Map.of());

    @Test
    void aReviewQueueComesBackFromTheSavedFileInItsOrderWithItsDesign() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            p.session().setReviewQueue(QUEUE);
            p.save();
        }
        try (Project reopened = fx.open()) {
            assertThat(reopened.session().reviewQueue()).contains(QUEUE);
        }
        assertThat(java.nio.file.Files.readString(fx.projectFile)).contains("\"inclusion_chance\" : 0.5");
    }

    @Test
    void replaysEveryEditAfterACrash() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        Annotations before = editWithoutSaving(fx.create());

        try (Project reopened = fx.open()) {
            assertThat(reopened.session().snapshot()).isEqualTo(before);
            assertThat(reopened.session().rows("engine noise").toArray()).containsExactly(0, 1, 4);
            assertThat(reopened.session().note(1)).contains("horn and engine");
            assertThat(reopened.warnings()).containsExactly("recovered 17 unsaved edits from churn.errata.journal");
            assertThat(reopened.session().reviewQueue()).contains(QUEUE.withExcludePicked(true));
            // replayed edits are history again, so the analyst can still undo them
            reopened.session().undo();
            assertThat(reopened.session().tag("positives")).isEmpty();
        }
    }

    @Test
    void skipsALineCutOffMidAppendAndKeepsJournaling() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        Annotations before = editWithoutSaving(fx.create());
        Path journal = Project.journalOf(fx.projectFile);
        Files.writeString(journal, "{\"edit\":\"set_reviewed\",\"on\":true,\"ro", StandardOpenOption.APPEND);

        try (Project reopened = fx.open()) {
            assertThat(reopened.session().snapshot()).isEqualTo(before);
            assertThat(reopened.warnings())
                    .contains("churn.errata.journal:19: skipped an edit cut off when Errata stopped");
            reopened.session().setReviewed(RoaringBitmap.bitmapOf(4), true);
        }
        try (Project again = fx.open()) {
            assertThat(again.session().reviewed().toArray()).containsExactly(0, 1, 2, 3, 4);
            assertThat(again.warnings()).containsExactly("recovered 18 unsaved edits from churn.errata.journal");
        }
    }

    @Test
    void aProjectWrittenBeforeSaveIdsReplaysItsJournal() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        Annotations before = editWithoutSaving(fx.create());
        // as written before save ids: none in the file, no header in the journal
        OldProjectFile.write(fx.projectFile, OldProjectFile.tree(fx.projectFile, 1));
        Path journal = Project.journalOf(fx.projectFile);
        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, lines.subList(1, lines.size()));

        try (Project reopened = fx.open()) {
            assertThat(reopened.session().snapshot()).isEqualTo(before);
            assertThat(reopened.warnings()).containsExactly("recovered 17 unsaved edits from churn.errata.journal");
            reopened.save();
        }
        try (Project saved = fx.open()) {
            assertThat(saved.session().snapshot()).isEqualTo(before);
            assertThat(saved.warnings()).isEmpty();
        }
    }

    @Test
    void setsAsideAJournalOfAnotherVersionOfTheFile() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            p.session().createTag(TagDefinition.hand("x", "#000000"));
            p.save();
            p.session().setTag("x", RoaringBitmap.bitmapOf(0), true);
        }
        Path journal = Project.journalOf(fx.projectFile);
        String edits = Files.readString(journal);
        // the analyst restores the backup, which knows nothing of tag x, beside the journal of the newer save
        Files.copy(Project.backupOf(fx.projectFile), fx.projectFile, StandardCopyOption.REPLACE_EXISTING);

        try (Project reopened = fx.open()) {
            assertThat(reopened.session().tags()).isEmpty();
            assertThat(reopened.warnings())
                    .containsExactly(
                            "churn.errata.journal holds edits to another version of the project "
                                    + "than this one (a restored backup?), so its edits were not replayed; they are kept in churn.errata.journal.unmatched");
        }
        assertThat(folder.resolve("churn.errata.journal.unmatched")).hasContent(edits);
        try (Project again = fx.open()) {
            assertThat(again.warnings()).isEmpty();
        }
    }

    @Test
    void changedDataOpensWithAWarningAndKeepsSurvivingRows() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            TagSession s = p.session();
            s.createTag(TagDefinition.hand("noise", "#ff0000"));
            s.setTag("noise", RoaringBitmap.bitmapOf(0, 1, 3), true);
            s.setReviewed(RoaringBitmap.bitmapOf(1, 2, 3), true);
            s.setNote(3, "kept");
            s.setNote(4, "lost");
            p.save();
        }
        Files.writeString(fx.csv, "id,label,pred\nd,0,0\nx,1,1\nb,0,1\n");
        fx.dataset = ProjectFixture.dataset("d", "x", "b");

        try (Project reopened = fx.open()) {
            TagSession s = reopened.session();
            assertThat(s.rows("noise").toArray()).containsExactly(0, 2);
            assertThat(s.reviewed().toArray()).containsExactly(0, 2);
            assertThat(s.notes()).containsExactly(java.util.Map.entry(0, "kept"));
            assertThat(reopened.warnings())
                    .containsExactly("data.csv changed since the project was saved; kept every tag, "
                            + "review mark and note whose row id still exists and dropped 3 whose row id is gone");
        }
    }

    @Test
    void aRuleWhoseColumnIsGoneKeepsItsTagAndSaysWhy() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create()) {
            p.session().createTag(TagDefinition.rule("positives", "#0000ff", "label == 1"));
            p.save();
        }
        fx.dataset = new dev.errata.data.DatasetBuilder("data.csv")
                .categorical("id", "a")
                .idColumn("id")
                .build();
        try (Project reopened = fx.open()) {
            assertThat(reopened.session().rows("positives").isEmpty()).isTrue();
            assertThat(reopened.warnings())
                    .contains("tag \"positives\" matches no rows: unknown column \"label\" at 0");
        }
    }
}
