package dev.errata.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.SmallProject;
import dev.errata.ui.WindowTest;
import dev.errata.ui.WindowText;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The table of the current row's fields lists the id, label, prediction and score first, and keeps each line where it was as the row changes: lines put in other
 * places are restyled after the layout, and that second styling made JavaFX draw the whole window again.
 */
class RowDetailWindowTest extends WindowTest {

    @Test
    void showsTheNextRowInTheSameLines(FxRobot robot) throws Exception {
        SmallProject small = new SmallProject(folder);
        ReviewViewModel review = shown.open(robot, small.projectFile).review();
        robot.interact(() -> review.positionProperty().set(0));
        WaitForAsyncUtils.waitForFxEvents();
        Map<TableRow<?>, Integer> before = lines(robot);
        assertThat(WindowText.line(robot, "#row-fields", 4)).containsExactly("device", "android");

        robot.interact(() -> review.positionProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lines(robot)).isEqualTo(before);
        assertThat(WindowText.line(robot, "#row-fields", 0)).containsExactly("id", "3");
        assertThat(WindowText.line(robot, "#row-fields", 4)).containsExactly("device", "ios");
    }

    @Test
    void listsTheOutcomeBeforeTheOtherFields(FxRobot robot) throws Exception {
        java.nio.file.Path project = dev.errata.ui.ProjectOnDisk.create(folder, "pixels", """
                pixel_0,pixel_1,label,prediction,id
                0,16,3,8,a
                5,2,1,1,b
                """, session -> {});
        ReviewViewModel review = shown.open(robot, project).review();
        robot.interact(() -> review.positionProperty().set(0));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WindowText.line(robot, "#row-fields", 0)).containsExactly("id", "a");
        assertThat(WindowText.line(robot, "#row-fields", 1)).containsExactly("label", "3");
        assertThat(WindowText.line(robot, "#row-fields", 2)).containsExactly("prediction", "8");
        assertThat(WindowText.line(robot, "#row-fields", 3)).containsExactly("pixel_0", "0");
    }

    /** Each line of the fields' table that shows a field, and the field it shows. */
    private static Map<TableRow<?>, Integer> lines(FxRobot robot) {
        Map<TableRow<?>, Integer> lines = new IdentityHashMap<>();
        robot.lookup("#row-fields .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(line -> line.isVisible() && line.getItem() != null)
                .forEach(line -> lines.put(line, line.getIndex()));
        assertThat(lines).hasSize(5);
        return lines;
    }
}
