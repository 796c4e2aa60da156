package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.Progress;
import dev.errata.project.FaultyDisk.Killed;
import dev.errata.project.FaultyDisk.Step;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roaringbitmap.RoaringBitmap;

/**
 * Kills the process at each step of a save and of a journal append, then opens the project as the next
 * run would: every edit is there exactly once, and nothing is said that is not so.
 */
class ProjectKillTest {

    private static final String RECOVERED = "recovered 7 unsaved edits from churn.errata.journal";

    @TempDir
    Path folder;

    /**
     * @param step the disk step the process dies at, on the first file whose name starts with {@code file}
     * @param beforeRename whether the old file is still in place, so the journal is what brings the edits back
     */
    record KillPoint(String when, Step step, String file, boolean beforeRename) {

        @Override
        public String toString() {
            return when;
        }
    }

    static Stream<KillPoint> saveSteps() {
        return Stream.of(
                new KillPoint("half-way through writing the record of the save", Step.WRITE, "churn.errata.save", true),
                new KillPoint(
                        "record of the save in place, the file not yet", Step.CREATE_TEMP, "churn.errata.json", true),
                new KillPoint("half-way through writing the temporary file", Step.WRITE, "churn.errata.json", true),
                new KillPoint("temporary file written, not forced to disk", Step.FORCE, "churn.errata.json", true),
                new KillPoint("temporary file forced, no backup yet", Step.COPY, "churn.errata.json.bak", true),
                new KillPoint("backup written, not renamed", Step.RENAME, "churn.errata.json", true),
                new KillPoint("renamed, folder not forced", Step.FORCE_FOLDER, "", false),
                new KillPoint("renamed, journal not started over", Step.CREATE_TEMP, "churn.errata.journal", false),
                new KillPoint("half-way through writing the new journal", Step.WRITE, "churn.errata.journal", false),
                new KillPoint(
                        "new journal written, not renamed over the old one",
                        Step.RENAME,
                        "churn.errata.journal",
                        false),
                new KillPoint("journal started over", Step.DELETE, "churn.errata.journal", false));
    }

    private static void savedWork(TagSession s) {
        s.createTag(TagDefinition.hand("car noise", "#ff0000"));
        s.createTag(TagDefinition.rule("positives", "#00ff00", "label == 1"));
        s.setTag("car noise", RoaringBitmap.bitmapOf(1, 3), true);
        s.setReviewed(RoaringBitmap.bitmapOf(0, 1, 2), true);
        s.setNote(3, "truncated audio");
    }

    /** Seven journaled edits, most of which fail or change the outcome when applied a second time. */
    private static void unsavedWork(TagSession s) {
        s.createTag(TagDefinition.hand("blurry", "#0000ff"));
        s.setTag("blurry", RoaringBitmap.bitmapOf(0, 4), true);
        s.renameTag("car noise", "engine noise");
        s.setReviewed(RoaringBitmap.bitmapOf(3, 4), true);
        s.undo();
        s.setNote(3, "truncated audio, twice");
        s.deleteTag("positives");
    }

    /** A project with saved work and the seven edits since, saving through {@code disk}. */
    private static Project withUnsavedWork(ProjectFixture fx, Disk disk) throws IOException {
        Project p = fx.create(disk);
        savedWork(p.session());
        p.save();
        unsavedWork(p.session());
        return p;
    }

    /** What is saved and what is not when the process dies at {@code step} of {@code save}. */
    private static Annotations killWhileSaving(ProjectFixture fx, Step step, String file, SaveCall save)
            throws IOException {
        FaultyDisk disk = new FaultyDisk();
        Project dying = withUnsavedWork(fx, disk);
        Annotations atTheKill = dying.session().snapshot();
        disk.killAt(step, file);
        assertThatThrownBy(() -> save.on(dying)).isInstanceOf(Killed.class);
        return atTheKill;
    }

    @FunctionalInterface
    private interface SaveCall {
        void on(Project project) throws IOException;
    }

    private static void assertHoldsAllTheWork(TagSession s) {
        assertThat(s.tags()).extracting(TagDefinition::name).containsExactly("engine noise", "blurry");
        assertThat(s.rows("engine noise").toArray()).containsExactly(1, 3);
        assertThat(s.rows("blurry").toArray()).containsExactly(0, 4);
        assertThat(s.reviewed().toArray()).containsExactly(0, 1, 2);
        assertThat(s.notes()).containsExactly(Map.entry(3, "truncated audio, twice"));
    }

    @ParameterizedTest(name = "killed: {0}")
    @MethodSource("saveSteps")
    void aSaveKilledAtAnyStepOpensWithEveryEditOnce(KillPoint kill) throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        Annotations atTheKill = killWhileSaving(fx, kill.step(), kill.file(), Project::save);

        try (Project reopened = fx.open()) {
            assertThat(reopened.session().snapshot()).isEqualTo(atTheKill);
            assertHoldsAllTheWork(reopened.session());
            assertThat(reopened.warnings()).isEqualTo(kill.beforeRename() ? List.of(RECOVERED) : List.of());
            assertThat(Project.journalOf(fx.projectFile).resolveSibling("churn.errata.journal.unmatched"))
                    .doesNotExist();
            reopened.session().setNote(0, "after the crash");
        }
        // the journal goes on from the right save: the next run gets the new edit once, with the rest
        try (Project again = fx.open()) {
            assertThat(again.session().notes())
                    .containsExactly(Map.entry(0, "after the crash"), Map.entry(3, "truncated audio, twice"));
            assertThat(again.warnings())
                    .containsExactly(
                            kill.beforeRename()
                                    ? "recovered 8 unsaved edits from churn.errata.journal"
                                    : "recovered 1 unsaved edit from churn.errata.journal");
        }
    }

    @Test
    void aSaveAsKilledBeforeDroppingTheOldJournalLeavesBothFilesWhole() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        Path copy = folder.resolve("copy.errata.json");
        killWhileSaving(fx, Step.DELETE, "churn.errata.journal", p -> p.saveAs(copy));

        try (Project saved = fx.opener().open(copy, Progress.NONE)) {
            assertHoldsAllTheWork(saved.session());
            assertThat(saved.warnings()).isEmpty();
        }
        try (Project old = fx.open()) {
            assertHoldsAllTheWork(old.session());
            assertThat(old.warnings()).containsExactly(RECOVERED);
        }
    }

    @Test
    void anOpenKilledWhileDroppingAJournalTheFileHoldsOpensAlikeNextTime() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        killWhileSaving(fx, Step.CREATE_TEMP, "churn.errata.journal", Project::save);
        FaultyDisk nextRun = new FaultyDisk();
        nextRun.killAt(Step.CREATE_TEMP, "churn.errata.journal");
        assertThatThrownBy(() -> fx.opener(nextRun).open(fx.projectFile, Progress.NONE))
                .isInstanceOf(Killed.class);

        try (Project reopened = fx.open()) {
            assertHoldsAllTheWork(reopened.session());
            assertThat(reopened.warnings()).isEmpty();
        }
    }

    @Test
    void aKillMidAppendLosesOnlyTheEditBeingWritten() throws IOException {
        ProjectFixture fx = new ProjectFixture(folder);
        Annotations beforeTheLastEdit;
        try (Project p = withUnsavedWork(fx, Disk.LOCAL)) {
            beforeTheLastEdit = p.session().snapshot();
            p.session().setReviewed(RoaringBitmap.bitmapOf(3), true);
        }
        Path journal = Project.journalOf(fx.projectFile);
        byte[] bytes = Files.readAllBytes(journal);
        int lastLineStart = lastIndexOf(bytes, (byte) '\n', bytes.length - 2) + 1;
        Files.write(journal, Arrays.copyOf(bytes, lastLineStart + (bytes.length - lastLineStart) / 2));

        try (Project reopened = fx.open()) {
            assertThat(reopened.session().snapshot()).isEqualTo(beforeTheLastEdit);
            assertHoldsAllTheWork(reopened.session());
            assertThat(reopened.warnings())
                    .containsExactly(RECOVERED, "churn.errata.journal:9: skipped an edit cut off when Errata stopped");
        }
    }

    private static int lastIndexOf(byte[] bytes, byte b, int from) {
        int i = from;
        while (i >= 0 && bytes[i] != b) {
            i--;
        }
        return i;
    }
}
