package dev.errata.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.SmallProject;
import dev.errata.ui.WindowTest;
import dev.errata.ui.workspace.Workspace;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A click on a column's filter button opens its editor, from–to for numbers and a value for text, without sorting
 * by the column, and the table follows the filter.
 */
class ColumnFilterWindowTest extends WindowTest {

    @Test
    void filtersANumberColumnFromAMinimumAndATextColumnByAValue(FxRobot robot) throws Exception {
        Workspace workspace = shown.open(robot, new SmallProject(folder).projectFile);
        RowTable table = robot.lookup("#row-table").queryAs(RowTable.class);

        robot.clickOn(filterButton(table, "score"));
        TextField min = robot.lookup(".column-filter .text-field").queryAs(TextField.class);
        robot.clickOn(min).write("0.5").type(KeyCode.ENTER);
        // scores 0.9, 0.7, 0.8, 0.95 and 0.6 are at least 0.5: rows 1, 4, 5, 9 and 10
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        assertThat(table.getItems()).containsExactly(0, 3, 4, 8, 9);

        robot.clickOn(filterButton(table, "device"));
        @SuppressWarnings("unchecked")
        ComboBox<String> value = robot.lookup(".column-filter .combo-box").queryAs(ComboBox.class);
        robot.interact(() -> value.getSelectionModel().select("ios"));
        // of those, rows 4 and 9 are on ios
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).containsExactly(3, 8);
        assertThat(workspace.rows().visibleRows().getCardinality()).isEqualTo(2);
        assertThat(table.getSortOrder())
                .as("a click on a filter button does not sort by its column")
                .isEmpty();
    }

    private static Node filterButton(RowTable table, String column) {
        return table.getColumns().stream()
                .filter(c -> c.getText().equals(column))
                .map(TableColumn::getGraphic)
                .findFirst()
                .orElseThrow();
    }
}
