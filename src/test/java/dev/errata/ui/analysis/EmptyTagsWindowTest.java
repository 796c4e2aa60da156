package dev.errata.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.ui.ProjectOnDisk;
import dev.errata.ui.WindowTest;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A project without tags says how to make one where the tags' metrics will be, not "No content in table". */
class EmptyTagsWindowTest extends WindowTest {

    @Test
    void theEmptyTagTableSaysHowToCreateATag(FxRobot robot) throws Exception {
        Path project = ProjectOnDisk.create(folder, "plain", """
                id,label,prediction
                1,1,1
                2,1,0
                """, session -> {});
        shown.open(robot, project);

        TableView<?> table = robot.lookup("#tag-metrics").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).startsWith("No tags yet — press + beside Tags");
    }
}
