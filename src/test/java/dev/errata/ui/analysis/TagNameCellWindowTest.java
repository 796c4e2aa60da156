package dev.errata.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.tags.TagDefinition;
import dev.errata.ui.ProjectOnDisk;
import dev.errata.ui.WindowTest;
import java.nio.file.Path;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A rule tag named by its whole condition is cut to the metric table's column; its cell's tooltip holds it whole. */
class TagNameCellWindowTest extends WindowTest {

    @Test
    void aLongTagNameIsWholeInItsCellsTooltip(FxRobot robot) throws Exception {
        String name = "inactive, Germany, 45-64 and three or more products";
        Path project = ProjectOnDisk.create(
                folder,
                "long",
                """
                id,label,prediction,country
                1,1,1,de
                2,1,0,fr
                """,
                session -> session.createTag(TagDefinition.rule(name, "#e06c75", "country == \"de\"")));
        shown.open(robot, project);

        assertThat(robot.lookup("#tag-metrics .table-cell").queryAll().stream()
                        .filter(TableCell.class::isInstance)
                        .map(TableCell.class::cast)
                        .filter(cell -> name.equals(cell.getText())))
                .singleElement()
                .satisfies(cell -> assertThat(cell.getTooltip().getText()).isEqualTo(name));
    }
}
