package dev.errata.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.project.Project;
import dev.errata.ui.Opened;
import dev.errata.ui.SmallProject;
import dev.errata.ui.dialogs.Dialogs.UnsavedChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

class WindowViewModelTest {

    @TempDir
    Path folder;

    @Test
    void opensAProjectFileAndTitlesTheWindowWithItsName() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            assertThat(opened.workspace()).isNotNull();
            assertThat(opened.window.titleProperty().get()).isEqualTo("small — Errata");
            assertThat(opened.workspace().state().marks().tags())
                    .extracting("name")
                    .containsExactly("noisy");
            assertThat(opened.window.recent()).containsExactly(small.projectFile.toAbsolutePath());
            assertThat(opened.dialogs.errors).isEmpty();
        }
    }

    @Test
    void opensACsvAsANewProjectBesideIt() throws Exception {
        Path csv = folder.resolve("fresh.csv");
        Files.writeString(csv, SmallProject.CSV);
        try (Opened opened = Opened.on(csv)) {
            assertThat(opened.workspace().name()).isEqualTo("fresh");
            assertThat(folder.resolve("fresh.errata.json")).exists();
        }
    }

    /**
     * A Parquet file without a project goes through the import dialog as a CSV does, its roles detected from
     * its first rows, and a Parquet predictions file chosen there is joined by id (files of make_fixtures.py).
     */
    @Test
    void opensAParquetFileThroughTheImportDialogJoiningAParquetPredictionsFile() throws Exception {
        Path data = folder.resolve("features.parquet");
        Files.copy(dev.errata.data.ParquetFixtures.file("features.parquet"), data);
        Path predictions = folder.resolve("predicted.parquet");
        Files.copy(dev.errata.data.ParquetFixtures.file("predicted.parquet"), predictions);
        try (Opened opened = new Opened()) {
            List<String> summaries = new ArrayList<>();
            opened.dialogs.csvToChoose = predictions;
            opened.dialogs.importer = importing -> {
                summaries.add(importing.summaryProperty().get());
                importing.choosePredictions();
                return true;
            };
            opened.window.open(data);
            Workspace workspace = opened.workspace();
            assertThat(summaries).singleElement().asString().contains("6 rows").contains("read as Parquet");
            assertThat(workspace.name()).isEqualTo("features");
            assertThat(folder.resolve("features.errata.json")).exists();
            assertThat(workspace.state().project().dataset().rowCount()).isEqualTo(6);
            // ids 1–6 labelled cat, dog, cat, bird, dog, cat; predicted cat, dog, dog, (none), cat, cat: the
            // third and fifth rows are errors, the fourth has no prediction
            assertThat(workspace.state().snapshot().errorRows().errors().toArray())
                    .containsExactly(2, 4);
            assertThat(opened.dialogs.errors).isEmpty();
        }
    }

    @Test
    void opensACsvWithTheRolesChosenInTheImportDialogAndAJoinedPredictionsFile() throws Exception {
        Path data = folder.resolve("data.csv");
        Files.writeString(data, "id,label,device\n1,1,ios\n2,0,web\n3,1,web\n");
        Path predictions = folder.resolve("preds.csv");
        Files.writeString(predictions, "id,prediction,score\n3,0,0.2\n2,1,0.6\n1,1,0.9\n");
        try (Opened opened = new Opened()) {
            opened.dialogs.csvToChoose = predictions;
            opened.dialogs.importer = importing -> {
                importing.choosePredictions();
                importing.positiveClassProperty().set("1");
                return true;
            };
            opened.window.open(data);
            Workspace workspace = opened.workspace();
            assertThat(workspace.name()).isEqualTo("data");
            assertThat(workspace.state().project().roles().prediction()).isEqualTo("prediction");
            assertThat(workspace.state().snapshot().errorRows().errors().toArray())
                    .containsExactly(1, 2);
        }
    }

    /**
     * The import offers every boolean column playing no role at once, tag_* and is_* taken unless unticked:
     * tag_noise (yes on rows 0 and 2) and is_short (1 on rows 1, 2 and 4) become imported tags of the new
     * project, seen is offered but not taken, and a column chosen as the label is no longer offered.
     */
    @Test
    void theBooleanColumnsTickedInTheImportDialogBecomeImportedTags() throws Exception {
        Path csv = folder.resolve("flags.csv");
        Files.writeString(csv, dev.errata.ui.FlagColumnsData.CSV);
        try (Opened opened = new Opened()) {
            opened.dialogs.importer = importing -> {
                assertThat(importing.tagColumns())
                        .extracting(c -> c.column() + "=" + c.taken().get())
                        .containsExactly("tag_noise=true", "is_short=true", "seen=false");
                importing.roleProperty(dev.errata.ui.importing.ColumnRole.LABEL).set("seen");
                assertThat(importing.tagColumns())
                        .extracting(c -> c.column())
                        .containsExactly("label", "tag_noise", "is_short");
                importing.roleProperty(dev.errata.ui.importing.ColumnRole.LABEL).set("label");
                assertThat(importing.chosenTagColumns()).containsExactly("tag_noise", "is_short");
                return true;
            };
            opened.window.open(csv);
            Workspace workspace = opened.workspace();
            assertThat(workspace.state().marks().tags())
                    .extracting(t -> t.name() + ":" + t.kind())
                    .containsExactly("tag_noise:IMPORTED", "is_short:IMPORTED");
            assertThat(workspace.state().marks().rowsOf("tag_noise").toArray()).containsExactly(0, 2);
            assertThat(workspace.state().marks().rowsOf("is_short").toArray()).containsExactly(1, 2, 4);
            assertThat(workspace.state().isChanged()).as("saved with its tags").isFalse();
            assertThat(opened.dialogs.errors).isEmpty();
        }
    }

    @Test
    void cancellingTheImportOpensNothingAndWritesNoProject() throws Exception {
        Path csv = folder.resolve("fresh.csv");
        Files.writeString(csv, SmallProject.CSV);
        try (Opened opened = new Opened()) {
            opened.dialogs.importer = importing -> false;
            opened.window.open(csv);
            assertThat(opened.workspace()).isNull();
            assertThat(folder.resolve("fresh.errata.json")).doesNotExist();
        }
    }

    @Test
    void opensTheExistingProjectOfACsv() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.csv)) {
            assertThat(opened.workspace().state().project().file()).isEqualTo(small.projectFile.toAbsolutePath());
            assertThat(opened.workspace().state().marks().tags()).hasSize(1);
        }
    }

    @Test
    void showsBadInputWithItsFileLineAndColumnAndOpensNothing() throws Exception {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, "id,label,prediction,score\n1,1,1,0.9\n2,1,0,high\n");
        try (Opened opened = Opened.on(csv)) {
            assertThat(opened.workspace()).isNull();
            assertThat(opened.dialogs.errors).singleElement().asString().startsWith("Cannot open bad.csv: bad.csv:3:");
        }
    }

    @Test
    void refusesFilesThatAreNeitherProjectsNorCsv() throws Exception {
        try (Opened opened = Opened.on(folder.resolve("notes.txt"))) {
            assertThat(opened.workspace()).isNull();
            assertThat(opened.dialogs.errors).hasSize(1);
        }
    }

    @Test
    void marksTheTitleWhileChangedAndClearsItOnUndoAndOnSave() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            Workspace workspace = opened.workspace();
            workspace.state().edit("tag", s -> s.setTag("noisy", RoaringBitmap.bitmapOf(0), true));
            assertThat(opened.window.titleProperty().get()).isEqualTo("• small — Errata");
            assertThat(workspace.statusProperty().get()).endsWith("· unsaved changes");
            workspace.undo();
            assertThat(opened.window.titleProperty().get()).isEqualTo("small — Errata");
            workspace.redo();
            workspace.save(() -> {});
            assertThat(opened.window.titleProperty().get()).isEqualTo("small — Errata");
            assertThat(workspace.statusProperty().get()).endsWith("· saved 10:42");
        }
    }

    @Test
    void asksBeforeClosingWithUnsavedChangesAndStaysOnCancel() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            opened.workspace().state().edit("tag", s -> s.setTag("noisy", RoaringBitmap.bitmapOf(0), true));
            boolean[] closed = {false};
            opened.window.requestClose(() -> closed[0] = true);
            assertThat(opened.dialogs.unsavedQuestions).isEqualTo(1);
            assertThat(closed[0]).isFalse();
            assertThat(opened.workspace()).isNotNull();

            opened.dialogs.unsavedChoice = UnsavedChoice.DISCARD;
            opened.window.requestClose(() -> closed[0] = true);
            assertThat(closed[0]).isTrue();
            assertThat(Project.journalOf(small.projectFile)).doesNotExist();
        }
    }

    @Test
    void savesOnCloseWhenAskedToAndKeepsTheEdit() throws Exception {
        SmallProject small = new SmallProject(folder);
        try (Opened opened = Opened.on(small.projectFile)) {
            opened.workspace().state().edit("tag", s -> s.setTag("noisy", RoaringBitmap.bitmapOf(3), true));
            opened.dialogs.unsavedChoice = UnsavedChoice.SAVE;
            boolean[] closed = {false};
            opened.window.requestClose(() -> closed[0] = true);
            assertThat(closed[0]).isTrue();
        }
        try (Opened again = Opened.on(small.projectFile)) {
            assertThat(again.workspace().state().marks().rowsOf("noisy").toArray())
                    .containsExactly(3);
            assertThat(again.window.titleProperty().get()).isEqualTo("small — Errata");
        }
    }

    @Test
    void remembersRecentProjectsMostRecentFirst() throws Exception {
        SmallProject small = new SmallProject(folder);
        Path other = folder.resolve("other.csv");
        Files.writeString(other, SmallProject.CSV);
        try (Opened opened = Opened.on(small.projectFile)) {
            opened.window.open(other);
            assertThat(opened.window.recent())
                    .containsExactly(
                            folder.resolve("other.errata.json").toAbsolutePath(), small.projectFile.toAbsolutePath());
            assertThat(opened.recent.list()).isEqualTo(opened.window.recent());
        }
    }
}
