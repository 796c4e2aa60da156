package dev.errata.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.Progress;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * A disk that fills up and a folder the user may only read: the save fails saying what failed and where
 * the work still is, the work stays in the session, and saving elsewhere then works.
 */
class ProjectWriteFailureTest {

    @TempDir
    Path root;

    private Path folder;
    private Path elsewhere;

    @AfterEach
    void writableAgain() throws IOException {
        if (folder != null) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private ProjectFixture fixture() throws IOException {
        folder = Files.createDirectory(root.resolve("project"));
        elsewhere = Files.createDirectory(root.resolve("elsewhere"));
        return new ProjectFixture(folder);
    }

    /** A new project with unsaved tags, saving through {@code disk}. */
    private static Project tagged(ProjectFixture fx, Disk disk) throws IOException {
        Project p = fx.create(disk);
        p.session().createTag(TagDefinition.hand("car noise", "#ff0000"));
        p.session().setTag("car noise", RoaringBitmap.bitmapOf(1, 3), true);
        p.session().setNote(3, "truncated audio");
        return p;
    }

    /**
     * Makes the project folder read-only: by its permissions where they bind this process, and through the
     * disk seam where they do not (as root, which may write anywhere).
     *
     * @return the disk to save through
     */
    private Disk readOnly(FaultyDisk faulty) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) {
            faulty.refuseWrites(folder);
        }
        return faulty;
    }

    /** @return the work, which the failed save left as it was */
    private static Annotations saveFailsKeepingTheWork(Project p, String message) {
        Annotations work = p.session().snapshot();
        assertThatThrownBy(p::save).isInstanceOf(IOException.class).hasMessageMatching(message);
        assertThat(p.session().snapshot()).isEqualTo(work);
        return work;
    }

    @Test
    void aFullDiskFailsTheSaveSayingSoAndTheRetryKeepsEveryTag() throws IOException {
        ProjectFixture fx = fixture();
        FaultyDisk disk = new FaultyDisk();
        try (Project p = tagged(fx, disk)) {
            disk.fillUpAt(FaultyDisk.Step.WRITE, "churn.errata.json");
            Annotations work = saveFailsKeepingTheWork(
                    p,
                    "could not save churn\\.errata\\.json: No space left on device\\. Nothing is lost: "
                            + "the work is still open here, and every edit since the last save is in churn\\.errata\\.journal; "
                            + "try again, or save it elsewhere with Save As");

            p.save();
            assertThat(p.session().snapshot()).isEqualTo(work);
        }
        try (Project reopened = fx.open()) {
            assertThat(reopened.session().rows("car noise").toArray()).containsExactly(1, 3);
            assertThat(reopened.warnings()).isEmpty();
        }
    }

    /**
     * The disk fills up while tagging: the edit that cannot be journaled and those after it stay in memory,
     * the project says so, a save that fails says they are only here, and a save mends the journal, which
     * takes the edits after it again.
     */
    @Test
    void aJournalThatCannotBeWrittenKeepsTheEditsInMemoryUntilASaveMendsIt() throws IOException {
        ProjectFixture fx = fixture();
        FaultyDisk disk = new FaultyDisk();
        try (Project p = tagged(fx, disk)) {
            p.save();
            disk.fillUpAt(FaultyDisk.Step.APPEND, "churn.errata.journal");
            p.session().setTag("car noise", RoaringBitmap.bitmapOf(0), true);
            p.session().setTag("car noise", RoaringBitmap.bitmapOf(4), true);

            assertThat(p.session().rows("car noise").toArray()).containsExactly(0, 1, 3, 4);
            assertThat(p.journalProblem())
                    .hasValue("could not write the edit to churn.errata.journal (No space left on device), so "
                            + "the edits from now on are kept only in memory: save to keep them, or Save As to another folder if this one cannot be "
                            + "written, as a crash before that would lose them");
            // once the journal broke, a failed save must not say the edits are in it
            disk.fillUpAt(FaultyDisk.Step.WRITE, "churn.errata.json");
            saveFailsKeepingTheWork(
                    p,
                    "could not save churn\\.errata\\.json: No space left on device\\. Nothing is lost: the work is "
                            + "still open here, but only here; save it elsewhere with Save As before closing");

            p.save();
            assertThat(p.journalProblem()).isEmpty();
            p.session().setTag("car noise", RoaringBitmap.bitmapOf(2), true);
        }
        try (Project reopened = fx.open()) {
            assertThat(reopened.session().rows("car noise").toArray()).containsExactly(0, 1, 2, 3, 4);
            assertThat(reopened.recoveredEdits()).isEqualTo(1);
        }
    }

    /**
     * The folder is deleted (or its drive unmounted) while the project is open: appending to the open journal
     * still works on Linux, into a file no one can find again, so the journal checks that its file is still
     * there after each edit.
     */
    @Test
    void aProjectFolderDeletedWhileOpenIsToldAtTheNextEditAndSaveAsKeepsTheWork() throws IOException {
        ProjectFixture fx = fixture();
        byte[] data = Files.readAllBytes(fx.csv);
        try (Project p = tagged(fx, Disk.LOCAL)) {
            p.save();
            try (var files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
            p.session().setTag("car noise", RoaringBitmap.bitmapOf(0), true);

            assertThat(p.journalProblem())
                    .hasValueSatisfying(problem -> assertThat(problem)
                            .startsWith(
                                    "could not write the edit to churn.errata.journal (it is gone: it, or its folder, was removed or unmounted), so the "
                                            + "edits from now on are kept only in memory"));
            for (int row = 1; row < 5; row++) {
                p.session().setReviewed(RoaringBitmap.bitmapOf(row), true);
            }
            saveFailsKeepingTheWork(
                    p,
                    "could not save churn\\.errata\\.json: .*\\. Nothing is lost: the work is still open here, but "
                            + "only here; save it elsewhere with Save As before closing");

            p.saveAs(elsewhere.resolve("churn.errata.json"));
            assertThat(p.journalProblem()).isEmpty();
        }
        // the saved project still names its data where it was; the drive is back, the project folder is not
        Files.createDirectory(folder);
        Files.write(fx.csv, data);
        try (Project moved = fx.opener().open(elsewhere.resolve("churn.errata.json"), Progress.NONE)) {
            assertThat(moved.session().rows("car noise").toArray()).containsExactly(0, 1, 3);
            assertThat(moved.session().reviewed().toArray()).containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void aReadOnlyFolderFailsTheSaveSayingSoAndSaveAsElsewhereKeepsEveryTag() throws IOException {
        ProjectFixture fx = fixture();
        FaultyDisk disk = new FaultyDisk();
        try (Project p = tagged(fx, disk)) {
            readOnly(disk);
            saveFailsKeepingTheWork(
                    p,
                    "could not save churn\\.errata\\.json: no permission to write churn\\.errata\\.(json|save)\\S* in "
                            + Pattern.quote(folder.toString())
                            + "\\. Nothing is lost: the work is still open here, and every "
                            + "edit since the last save is in churn\\.errata\\.journal; try again, or save it elsewhere with Save As");

            p.saveAs(elsewhere.resolve("churn.errata.json"));
            p.session().setReviewed(RoaringBitmap.bitmapOf(0), true);
        }
        try (Project moved = fx.opener().open(elsewhere.resolve("churn.errata.json"), Progress.NONE)) {
            assertThat(moved.session().rows("car noise").toArray()).containsExactly(1, 3);
            assertThat(moved.session().notes()).containsEntry(3, "truncated audio");
            assertThat(moved.session().reviewed().toArray())
                    .as("journaled at the new place")
                    .containsExactly(0);
        }
    }

    @Test
    void aFolderWithoutWritePermissionOpensWithAWarningAndSaveAsKeepsTheWork() throws IOException {
        ProjectFixture fx = fixture();
        try (Project p = tagged(fx, Disk.LOCAL)) {
            p.save();
        }
        Files.delete(Project.journalOf(fx.projectFile));
        FaultyDisk disk = new FaultyDisk();
        Disk readOnly = readOnly(disk);

        try (Project p = fx.opener(readOnly).open(fx.projectFile, Progress.NONE)) {
            assertThat(p.warnings())
                    .singleElement()
                    .asString()
                    .matches("cannot write churn\\.errata\\.journal \\(no permission to write "
                            + "churn\\.errata\\.journal\\S* in .*\\), so edits are kept only in memory until a save succeeds; use Save As to keep "
                            + "them in a folder you can write to");
            p.session().setTag("car noise", RoaringBitmap.bitmapOf(0), true);
            assertThatThrownBy(p::save)
                    .hasMessageEndingWith("Nothing is lost: the work is still open here, but only here; "
                            + "save it elsewhere with Save As before closing");
            p.saveAs(elsewhere.resolve("copy.errata.json"));
        }
        try (Project copy = fx.opener().open(elsewhere.resolve("copy.errata.json"), Progress.NONE)) {
            assertThat(copy.session().rows("car noise").toArray()).containsExactly(0, 1, 3);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "data.csv", "churn.errata.json", "churn.errata.json.bak", "churn.errata.save");
        }
    }
}
