package dev.errata.ui.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A steady text in a list's cells: its changes leave the list's layout alone (a cell's own text does not,
 * and the list then lays out and restyles every line), and it still shows the new text where the cell's alignment puts it.
 */
@ExtendWith(ApplicationExtension.class)
class SteadyTextWindowTest {

    private ListView<String> list;
    /** Layouts of the cells: a layout of the list lays out every line again. */
    private final AtomicInteger updates = new AtomicInteger();

    @Start
    void start(Stage stage) {
        list = new ListView<>(FXCollections.observableArrayList("a", "b", "c"));
        list.setCellFactory(view -> new ListCell<>() {
            private final SteadyText shown = SteadyText.in(this);

            {
                setStyle("-fx-alignment: center-right; -fx-padding: 0 10 0 0;");
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                updates.incrementAndGet();
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                shown.setText(empty ? null : item);
            }
        });
        stage.setScene(new Scene(list, 300, 200));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private ListCell<String> firstCell(FxRobot robot) {
        return robot.lookup(".list-cell")
                .match((ListCell<String> cell) -> cell.isVisible() && cell.getIndex() == 0)
                .query();
    }

    @Test
    void changesItsTextWithoutTheListLayingOutItsLinesAgain(FxRobot robot) {
        ListCell<String> cell = firstCell(robot);
        SteadyText shown = (SteadyText) cell.getGraphic();
        WaitForAsyncUtils.waitForFxEvents();
        int atRest = updates.get();
        robot.interact(() -> shown.setText("1,234,567"));
        WaitForAsyncUtils.waitForFxEvents();
        int afterSteadyText = updates.get();
        robot.interact(() -> cell.setText("1,234,567"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(afterSteadyText)
                .as("lines laid out after a steady text changed")
                .isEqualTo(atRest);
        assertThat(updates.get())
                .as("lines laid out after a cell's own text changed")
                .isGreaterThan(afterSteadyText);
    }

    @Test
    void showsTheNewTextAtTheCellsAlignment(FxRobot robot) {
        ListCell<String> cell = firstCell(robot);
        SteadyText shown = (SteadyText) cell.getGraphic();
        robot.interact(() -> shown.setText("12.5%"));
        WaitForAsyncUtils.waitForFxEvents();

        Text text = (Text) shown.getChildrenUnmodifiable().get(0);
        assertThat(text.getText()).isEqualTo("12.5%");
        assertThat(SteadyText.shownBy(cell)).isEqualTo("12.5%");
        Bounds inCell = cell.sceneToLocal(text.localToScene(text.getLayoutBounds()));
        // right-aligned inside the cell's 10-pixel right padding
        assertThat(inCell.getMaxX()).isCloseTo(cell.getWidth() - 10, offset(1.0));
        assertThat(inCell.getMinX()).isGreaterThan(cell.getWidth() / 2);
        assertThat(inCell.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(inCell.getMaxY()).isLessThanOrEqualTo(cell.getHeight());
    }
}
