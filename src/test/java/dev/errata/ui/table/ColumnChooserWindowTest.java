package dev.errata.ui.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.SmallProject;
import dev.errata.ui.WindowTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The drop-down of columns: its title fits in its own width, and unchecking a column hides it from the table. */
class ColumnChooserWindowTest extends WindowTest {

    @Test
    void hidesTheColumnUncheckedInItsList(FxRobot robot) throws Exception {
        shown.open(robot, new SmallProject(folder).projectFile);
        ColumnChooser chooser = robot.lookup("#column-chooser").queryAs(ColumnChooser.class);
        RowTable table = robot.lookup("#row-table").queryAs(RowTable.class);
        // the five columns of the file, the title shown whole rather than cut short
        assertThat(shownTexts(robot, chooser)).contains("columns (5/5)");

        robot.clickOn(chooser);
        robot.clickOn(robot.lookup(".check-box-list-cell")
                .match(LabeledMatchers.hasText("device"))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> !column(table, "device").isVisible());

        assertThat(column(table, "score").isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> shownTexts(robot, chooser).contains("columns (4/5)"));
    }

    /** The texts drawn inside the node, as they are drawn: a text too long for its place ends in an ellipsis. */
    private static List<String> shownTexts(FxRobot robot, Node node) {
        return robot.from(node).lookup(".text").queryAllAs(Text.class).stream()
                .filter(Node::isVisible)
                .map(Text::getText)
                .toList();
    }

    private static TableColumn<Integer, ?> column(RowTable table, String name) {
        return table.getColumns().stream()
                .filter(c -> name.equals(c.getText()))
                .findFirst()
                .orElseThrow();
    }
}
