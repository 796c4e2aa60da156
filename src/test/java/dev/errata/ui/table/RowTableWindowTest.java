package dev.errata.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.TagDefinition;
import dev.errata.ui.ProjectOnDisk;
import dev.errata.ui.SmallProject;
import dev.errata.ui.WindowTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The row table in the window. The row the analyst is on stays selected when a sort or a filter gives the
 * table new lines: in the small project's scores (0.9, 0.4, 0.1, 0.7, 0.8, 0.2, 0.3, 0.1, 0.95, 0.6) row 6
 * (id 7, score 0.3) is fourth from the lowest; among the errors (rows 1, 3, 6, 9) it has the lowest score.
 * A check box column is shown for each hand and rule tag; an imported tag is its file column, shown once.
 * The id, label, prediction and score come first, then the tags, then the other columns in file order. A
 * click on a line's check box selects the line; only a click on the box of the line already selected tags it.
 * A line holds the cells of the columns in view only, and takes in the others as the view scrolls to them.
 */
class RowTableWindowTest extends WindowTest {

    @Test
    void keepsTheCurrentRowSelectedThroughSortsAndFilters(FxRobot robot) throws Exception {
        SmallProject small = new SmallProject(folder);
        shown.open(robot, small.projectFile);
        RowTable table = robot.lookup("#row-table").queryAs(RowTable.class);
        TableColumn<Integer, ?> score = table.getColumns().stream()
                .filter(c -> c.getText().equals("score"))
                .findFirst()
                .orElseThrow();
        List<Throwable> thrown = new ArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e)));

        robot.interact(() -> {
            // a selection of several lines, the last of them current: sorting once threw inside JavaFX here
            table.getSelectionModel().selectRange(3, 7);
            score.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(score);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(thrown).isEmpty();
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(3);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(6);
        assertThat(table.getSelectionModel().getSelectedIndices()).containsExactly(3);

        robot.interact(() -> window.workspace().rows().errorsOnlyProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).containsExactly(6, 1, 9, 3);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(6);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void showsOneColumnPerHandOrRuleTagAndTheImportedTagsFileColumnOnce(FxRobot robot) throws Exception {
        Path project = ProjectOnDisk.create(folder, "loud", """
                device,loud,id,label,prediction,score
                android,true,1,1,1,0.9
                ios,false,2,1,0,0.2
                android,true,3,0,1,0.7
                """, session -> {
            session.createTag(TagDefinition.hand("noisy", "#e06c75").withSettings(null, null, null, 1));
            session.createTag(TagDefinition.imported("loud", "#61afef", "loud"));
            session.createTag(TagDefinition.rule("android", "#98c379", "device == \"android\""));
        });
        shown.open(robot, project);

        RowTable table = robot.lookup("#row-table").queryAs(RowTable.class);
        assertThat(table.getColumns())
                .extracting(TableColumn::getText)
                .containsExactly("●", "id", "label", "prediction", "score", "1 noisy", "android", "device", "loud");
    }

    @Test
    void aClickOnACheckBoxSelectsItsLineBeforeItTags(FxRobot robot) throws Exception {
        Path project = ProjectOnDisk.create(
                folder, "click", """
                id,label,prediction
                1,1,1
                2,1,0
                3,0,1
                """, session -> session.createTag(TagDefinition.hand("noisy", "#e06c75")));
        shown.open(robot, project);
        RowTable table = robot.lookup("#row-table").queryAs(RowTable.class);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));

        robot.clickOn(checkBoxOfLine(robot, table, 1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getSelectionModel().getSelectedIndices()).containsExactly(1);
        assertThat(window.workspace().state().marks().has("noisy", 1)).isFalse();

        robot.clickOn(checkBoxOfLine(robot, table, 1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.workspace().state().marks().has("noisy", 1)).isTrue();
        assertThat(window.workspace().state().marks().has("noisy", 0)).isFalse();
    }

    private static javafx.scene.control.CheckBox checkBoxOfLine(FxRobot robot, RowTable table, int line) {
        return robot.from(table).lookup(".tag-column").queryAll().stream()
                .filter(TableCell.class::isInstance)
                .map(TableCell.class::cast)
                .filter(cell -> cell.getIndex() == line)
                .map(cell -> (javafx.scene.control.CheckBox) cell.getGraphic())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void holdsOnlyTheCellsOfTheColumnsInView(FxRobot robot) throws Exception {
        Path project = ProjectOnDisk.wide(folder, 40, 3);
        shown.open(robot, project);
        RowTable table = robot.lookup("#row-table").queryAs(RowTable.class);
        ScrollBar across = robot.from(table).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL)
                .findFirst()
                .orElseThrow();

        List<String> leftmost = cellTexts(robot, table);
        // 44 columns of 72 px or more are about 3,500 px wide, beyond any test window
        assertThat(table.getWidth()).isLessThan(3000);
        assertThat(leftmost)
                .startsWith("✓", "1", "1", "1", "v1_0")
                .doesNotContain("v1_39")
                .hasSizeLessThan(44);
        assertThat(leftmost.size()).isLessThanOrEqualTo(3 + (int) (table.getWidth() / 72));

        robot.interact(() -> across.setValue(across.getMax()));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> rightmost = cellTexts(robot, table);
        assertThat(rightmost).endsWith("v1_38", "v1_39").doesNotContain("✓", "v1_0");
    }

    /** The texts of the cells the first line holds, from left to right. */
    private static List<String> cellTexts(FxRobot robot, RowTable table) {
        TableRow<?> first = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(line -> line.getIndex() == 0)
                .findFirst()
                .orElseThrow();
        return first.getChildrenUnmodifiable().stream()
                .filter(TableCell.class::isInstance)
                .map(TableCell.class::cast)
                .sorted(Comparator.comparingDouble(TableCell::getLayoutX))
                .map(TableCell::getText)
                .toList();
    }
}
