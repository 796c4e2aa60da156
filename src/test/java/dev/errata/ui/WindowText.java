package dev.errata.ui;

import dev.errata.ui.text.SteadyText;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/** What the window shows as text, whether a label shows it or a steady text does. */
public final class WindowText {

    private WindowText() {
    }

    /** The text of the one node {@code query} finds. */
    public static String of(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof SteadyText steady ? steady.getText() : SteadyText.shownBy((Labeled) node);
    }

    /** The texts of the cells of line {@code index} of the table {@code table} (a query), left to right. */
    public static List<String> line(FxRobot robot, String table, int index) {
        Node line = robot.lookup(table + " .table-row-cell").match((IndexedCell<?> cell) -> cell.getIndex() == index).query();
        return robot.from(line).lookup(".table-cell").queryAllAs(Labeled.class).stream().map(SteadyText::shownBy).toList();
    }
}
