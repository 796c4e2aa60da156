package dev.errata.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ColumnRoles;
import dev.errata.data.DataPreview;
import dev.errata.data.ImportRequest;
import dev.errata.data.Task;
import dev.errata.ui.FakeDialogs;
import dev.errata.ui.SmallProject;
import dev.errata.ui.background.SameThreadBackground;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path folder;

    final FakeDialogs dialogs = new FakeDialogs();

    private ImportViewModel importing(String name, String csv) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, csv);
        return new ImportViewModel(file, DataPreview.of(file), new SameThreadBackground(), dialogs);
    }

    @Test
    void startsFromWhatDetectionFoundAndOverridesNothingUntilTheUserChangesIt() throws Exception {
        ImportViewModel model = importing("small.csv", SmallProject.CSV);

        assertThat(model.roleProperty(ColumnRole.ID).get()).isEqualTo("id");
        assertThat(model.roleProperty(ColumnRole.LABEL).get()).isEqualTo("label");
        assertThat(model.roleProperty(ColumnRole.PREDICTION).get()).isEqualTo("prediction");
        assertThat(model.roleProperty(ColumnRole.SCORE).get()).isEqualTo("score");
        assertThat(model.taskProperty().get()).isEqualTo(Task.BINARY);
        assertThat(model.classes()).containsExactly("1", "0");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.roleOf("score")).isEqualTo(ColumnRole.SCORE);
        assertThat(model.roleOf("device")).isNull();
        assertThat(model.summaryProperty().get()).endsWith("binary task, 2 classes · 10 rows · read as UTF-8");

        ImportRequest request = model.request();
        assertThat(request.data()).isEqualTo(folder.resolve("small.csv"));
        assertThat(request.predictions()).isNull();
        assertThat(request.strict()).isTrue();
        assertThat(request.overrides()).isEqualTo(new ColumnRoles(null, null, null, null, null, null, null));
    }

    /**
     * Columns no detection names: no task at first; once the user picks the label and the prediction the
     * summary says the task, the classes (cat, dog, bird in the label and prediction) and the rows; a label
     * of numbers not all whole is a regression target.
     */
    @Test
    void theSummaryFollowsTheRolesChosenByHand() throws Exception {
        ImportViewModel model =
                importing("pets.csv", "first,second,weight\ncat,cat,4.5\ndog,cat,9\nbird,bird,1\ndog,dog,12\n");
        assertThat(model.summaryProperty().get())
                .isEqualTo("Columns: no role columns · no task without a label · 4 rows" + " · read as UTF-8");
        model.roleProperty(ColumnRole.LABEL).set("first");
        model.roleProperty(ColumnRole.PREDICTION).set("second");
        assertThat(model.summaryProperty().get())
                .isEqualTo("Columns: first as label, second as prediction · multiclass task,"
                        + " 3 classes · 4 rows · read as UTF-8");
        model.roleProperty(ColumnRole.LABEL).set("weight");
        model.roleProperty(ColumnRole.PREDICTION).set(null);
        assertThat(model.summaryProperty().get()).contains("· regression task · 4 rows ·");
        model.taskProperty().set(Task.BINARY);
        assertThat(model.summaryProperty().get()).contains("· binary task, 4 classes ·");
    }

    @Test
    void aChangedRoleTaskAndPositiveClassBecomeOverrides() throws Exception {
        ImportViewModel model = importing("small.csv", SmallProject.CSV);
        model.roleProperty(ColumnRole.PREDICTION).set("device");
        model.taskProperty().set(Task.MULTICLASS);
        model.positiveClassProperty().set(" 0 ");
        model.lenientProperty().set(true);

        ImportRequest request = model.request();
        assertThat(request.overrides())
                .isEqualTo(new ColumnRoles(null, null, "device", null, null, Task.MULTICLASS, "0"));
        assertThat(request.strict()).isFalse();
        assertThat(model.roleOf("device")).isEqualTo(ColumnRole.PREDICTION);
    }

    @Test
    void undetectedRolesCanBeChosenAndClassProbabilitiesFoundByTheirPrefix() throws Exception {
        ImportViewModel model = importing("animals.csv", """
                key_,animal,guess,conf_cat,conf_dog,conf_bird
                a,cat,dog,0.2,0.7,0.1
                b,bird,bird,0.1,0.1,0.8
                """);
        assertThat(model.problemProperty().get()).isEqualTo("Choose the column holding the true value (label).");
        assertThat(model.choices(ColumnRole.LABEL)).startsWith((String) null).contains("animal");

        model.roleProperty(ColumnRole.LABEL).set("animal");
        model.roleProperty(ColumnRole.PREDICTION).set("guess");
        model.probabilityPrefixProperty().set("conf_");
        assertThat(model.classScoreColumnsProperty().get()).isEqualTo("3 columns: cat, dog, bird");
        assertThat(model.problemProperty().get()).isEmpty();

        ColumnRoles overrides = model.request().overrides();
        assertThat(overrides.label()).isEqualTo("animal");
        assertThat(overrides.prediction()).isEqualTo("guess");
        assertThat(overrides.classScores())
                .isEqualTo(Map.of("cat", "conf_cat", "dog", "conf_dog", "bird", "conf_bird"));
        assertThat(overrides.classScores().keySet()).containsExactly("cat", "dog", "bird");

        model.probabilityPrefixProperty().set("prob_");
        assertThat(model.problemProperty().get()).isEqualTo("No column starts with \"prob_\".");
        model.roleProperty(ColumnRole.PREDICTION).set("animal");
        assertThat(model.problemProperty().get())
                .isEqualTo("The label and the prediction cannot both be column animal.");
    }

    @Test
    void aPredictionsFileAddsItsColumnsAndJoinsOnTheSharedIdColumn() throws Exception {
        ImportViewModel model = importing("data.csv", "id,label,device\n1,1,ios\n2,0,web\n");
        assertThat(model.roleProperty(ColumnRole.PREDICTION).get()).isNull();
        Path predictions = folder.resolve("preds.csv");
        Files.writeString(predictions, "id,prediction,score\n2,1,0.6\n1,1,0.9\n");
        dialogs.csvToChoose = predictions;

        model.choosePredictions();

        assertThat(model.predictionsProperty().get()).isEqualTo(predictions);
        assertThat(model.joinChoices()).containsExactly("id");
        assertThat(model.joinProperty().get()).isEqualTo("id");
        assertThat(model.roleProperty(ColumnRole.PREDICTION).get()).isEqualTo("prediction");
        assertThat(model.roleProperty(ColumnRole.SCORE).get()).isEqualTo("score");
        assertThat(model.choices(ColumnRole.SCORE)).contains("device", "score");
        ImportRequest request = model.request();
        assertThat(request.predictions()).isEqualTo(predictions);
        assertThat(request.joinColumn()).isEqualTo("id");
        assertThat(request.overrides()).isEqualTo(new ColumnRoles(null, null, null, null, null, null, null));

        model.clearPredictions();
        assertThat(model.roleProperty(ColumnRole.PREDICTION).get()).isNull();
        assertThat(model.request().predictions()).isNull();
    }

    @Test
    void aPredictionsFileWithoutASharedColumnCannotBeJoined() throws Exception {
        ImportViewModel model = importing("data.csv", "id,label\n1,1\n");
        Path predictions = folder.resolve("preds.csv");
        Files.writeString(predictions, "row,prediction\n1,1\n");
        dialogs.csvToChoose = predictions;
        model.choosePredictions();
        assertThat(model.problemProperty().get()).isEqualTo("preds.csv shares no column with the data to join on.");
    }
}
