package dev.errata.ui;

import dev.errata.ui.text.SteadyText;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** What the window shows as text, whether a label shows it or a steady text does. */
public final class WindowText {

    private WindowText() {}

    /** The text of the one node {@code query} finds. */
    public static String of(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof SteadyText steady ? steady.getText() : SteadyText.shownBy((Labeled) node);
    }

    /**
     * The texts of the cells of line {@code index} of the table {@code table} (a query), left to right. A table
     * holds the cells of the columns in view only, so the view is scrolled to each column, as a user would.
     */
    public static List<String> line(FxRobot robot, String table, int index) {
        TableView<?> view = robot.lookup(table).queryAs(TableView.class);
        List<String> texts = new ArrayList<>();
        for (int at = 0; at < view.getVisibleLeafColumns().size(); at++) {
            TableColumn<?, ?> column = view.getVisibleLeafColumn(at);
            int shown = at;
            robot.interact(() -> view.scrollToColumnIndex(shown));
            Node line = robot.from(view)
                    .lookup(".table-row-cell")
                    .match((IndexedCell<?> cell) -> cell.isVisible() && cell.getIndex() == index)
                    .query();
            TableCell<?, ?> cell = robot.from(line)
                    .lookup(".table-cell")
                    .match((TableCell<?, ?> c) -> c.getTableColumn() == column)
                    .query();
            texts.add(SteadyText.shownBy(cell));
        }
        robot.interact(() -> view.scrollToColumnIndex(0));
        return texts;
    }
}
