package dev.errata.ui.plots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.compare.ThreeVersions;
import dev.errata.compare.VersionHistory.TagSeries;
import dev.errata.data.ImportRequest;
import dev.errata.data.Model;
import dev.errata.data.Progress;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.TagDefinition;
import dev.errata.ui.FxWait;
import dev.errata.ui.table.RowList;
import dev.errata.workbench.ProjectModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Compare and History tabs of a project with three versions of its model ({@link ThreeVersions}, counted
 * by hand there), in the real window: v3 against v2 fixed ids 4 and 6 and broke 7; the tag x is wrong 2 of 4
 * under v1, none under v2, 1 of 4 under v3.
 */
class CompareWindowTest extends PlotsInTheWindow {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** The window adds a model named in its dialog, measures it with the project's own, saves and opens it again. */
    @Test
    void aModelAddedInTheWindowJoinsTheHistoryAndTheCompareTab(FxRobot robot) throws Exception {
        Path data = Files.writeString(folder.resolve("models.csv"), ThreeVersions.CSV);
        Path file;
        try (Project project = new ProjectOpener()
                .create(folder.resolve("models.errata.json"), ImportRequest.of(data), Progress.NONE)) {
            project.save();
            file = project.file();
        }
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workspace() != null);
        assertThat(FxWait.get(() -> robot.lookup("#compare-tab").tryQuery())).isEmpty();
        dialogs.textAnswers.add("v2=p2");

        robot.interact(() -> window.workspace().models().addChosen(() -> window.open(file)));
        FxWait.until(
                20,
                () -> window.workspace() != null
                        && window.workspace().state().project().models().size() == 2
                        && robot.lookup("#compare-tab").tryQuery().isPresent());

        Project reopened = window.workspace().state().project();
        assertThat(reopened.models()).extracting(Model::name).containsExactly("v1", "v2");
        assertThat(reopened.history()).extracting(v -> v.errorRate()).containsExactly(0.5, 0.25);
    }

    private Path threeVersions() throws Exception {
        Path data = Files.writeString(folder.resolve("models.csv"), ThreeVersions.CSV);
        try (Project project = new ProjectOpener()
                .create(folder.resolve("models.errata.json"), ImportRequest.of(data), Progress.NONE)) {
            project.session().createTag(TagDefinition.rule("x", "#ff0000", "g == \"x\""));
            ProjectModels.add(project, Model.parse("v2=p2"), "v1", LocalDate.of(2026, 10, 1));
            ProjectModels.add(project, Model.parse("v3=p3"), "v1", LocalDate.of(2026, 11, 1));
            project.save();
            return project.file();
        }
    }

    private int[] shownIds() {
        RowList rows = window.workspace().rows().rows();
        return IntStream.range(0, rows.size()).map(i -> rows.rowAt(i) + 1).toArray();
    }

    @Test
    void fAndBFilterTheTableToTheRowsTheNewestModelFixedAndBroke(FxRobot robot) throws Exception {
        openOnTab(robot, threeVersions(), "#compare-tab");
        TableView<?> table = robot.lookup("#compare-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

        robot.clickOn(table);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownIds()).containsExactly(4, 6);

        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownIds()).containsExactly(7);
    }

    /** v2 predicts a for ids 4 and 6, whose label is b: two of the four b rows, and every a row right. */
    @Test
    void theConfusionTabShowsTheModelPicked(FxRobot robot) throws Exception {
        openOnTab(robot, threeVersions(), "#confusion-tab");
        var plots = window.workspace().plots();
        assertThat(plots.snapshot().classification().confusion().count(1, 0)).isEqualTo(2);

        @SuppressWarnings("unchecked")
        ComboBox<Model> picker = robot.lookup("#model-picker").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue(picker.getItems().get(1)));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> plots.modelProperty().get() != null
                        && plots.snapshot() != window.workspace().state().snapshot());

        var confusion = plots.snapshot().classification().confusion();
        assertThat(confusion.count(0, 0)).isEqualTo(4);
        assertThat(confusion.count(1, 0)).isEqualTo(2);
        assertThat(confusion.count(1, 1)).isEqualTo(2);
        assertThat(plots.roles().prediction()).isEqualTo("p2");
        assertThat(window.workspace().state().snapshot().errorRows().errorCount())
                .as("the project's own metrics stay v1's")
                .isEqualTo(4);
    }

    @Test
    void theHistoryTabShowsTheTagAcrossTheThreeVersions(FxRobot robot) throws Exception {
        openOnTab(robot, threeVersions(), "#history-tab");
        @SuppressWarnings("unchecked")
        TableView<TagSeries> table = robot.lookup("#history-table").queryAs(TableView.class);

        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).errorRates()).containsExactly(0.5, 0.0, 0.25);
        assertThat(table.getColumns().get(1).getText()).isEqualTo("Error rate v1");
        assertThat(table.getColumns().get(3).getCellData(0)).isEqualTo("25.0%");
    }
}
