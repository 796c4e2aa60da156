package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.project.FaultyDisk.Killed;
import dev.errata.project.FaultyDisk.Step;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roaringbitmap.RoaringBitmap;

/**
 * The window takes a save's snapshot on the editing thread and writes it on another while the user goes
 * on tagging: the edits made meanwhile are in the journal, never in the file, and never lost or doubled.
 */
class ProjectSaveWhileEditingTest {

    @TempDir
    Path folder;

    private static void before(TagSession s) {
        s.createTag(TagDefinition.hand("car noise", "#ff0000"));
        s.setTag("car noise", RoaringBitmap.bitmapOf(1, 3), true);
    }

    /** Edits that would fail or change the outcome if replayed twice. */
    private static void during(TagSession s) {
        s.createTag(TagDefinition.hand("blurry", "#0000ff"));
        s.setTag("car noise", RoaringBitmap.bitmapOf(3), false);
        s.setNote(2, "clipped");
    }

    private static void assertHoldsBoth(TagSession s) {
        assertThat(s.tags()).extracting(TagDefinition::name).containsExactly("car noise", "blurry");
        assertThat(s.rows("car noise").toArray()).containsExactly(1);
        assertThat(s.notes()).containsEntry(2, "clipped");
    }

    @Test
    void editsMadeWhileTheFileIsWrittenStayInTheJournalAndNotInTheFile() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        try (Project p = fx.create(Disk.LOCAL)) {
            before(p.session());
            Project.PendingSave save = p.prepareSave();
            during(p.session());
            save.write();
        }
        try (Project reopened = fx.open()) {
            assertHoldsBoth(reopened.session());
            assertThat(reopened.warnings()).containsExactly("recovered 3 unsaved edits from churn.errata.journal");
            assertThat(reopened.recoveredEdits()).isEqualTo(3);
            reopened.session().setNote(0, "later");
        }
        try (Project again = fx.open()) {
            assertHoldsBoth(again.session());
            assertThat(again.session().notes()).containsEntry(0, "later");
            assertThat(again.warnings()).containsExactly("recovered 4 unsaved edits from churn.errata.journal");
        }
    }

    static Stream<Step> afterTheRename() {
        return Stream.of(Step.CREATE_TEMP, Step.WRITE, Step.RENAME);
    }

    @ParameterizedTest(name = "killed at {0} of the journal hand-over")
    @MethodSource("afterTheRename")
    void aKillAfterTheRenameReplaysOnlyTheEditsMadeDuringTheSave(Step step) throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        FaultyDisk disk = new FaultyDisk();
        Project dying = fx.create(disk);
        before(dying.session());
        Project.PendingSave save = dying.prepareSave();
        during(dying.session());
        disk.killAt(step, "churn.errata.journal");
        assertThatThrownBy(save::write).isInstanceOf(Killed.class);

        try (Project reopened = fx.open()) {
            assertHoldsBoth(reopened.session());
            assertThat(reopened.warnings()).isEqualTo(List.of("recovered 3 unsaved edits from churn.errata.journal"));
        }
        try (Project again = fx.open()) {
            assertHoldsBoth(again.session());
        }
    }
}
