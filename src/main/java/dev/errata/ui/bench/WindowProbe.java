package dev.errata.ui.bench;

import dev.errata.ui.analysis.TagLine;
import dev.errata.ui.table.RowTable;
import dev.errata.ui.tags.TagItem;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;

/**
 * Reads what the window shows, as the user would read it: the text in the cells on the screen, not the
 * models behind them. On the FX thread.
 */
final class WindowProbe {

    private final Scene scene;

    WindowProbe(Scene scene) {
        this.scene = scene;
    }

    RowTable table() {
        return (RowTable) scene.lookup("#row-table");
    }

    /** Whether the metric panel's line of {@code tag} holds a cell reading {@code text}. */
    boolean panelShows(String tag, String text) {
        return panelCells(tag).stream().anyMatch(cell -> text.equals(cell.getText()));
    }

    /** Whether the tag list's summary of {@code tag} starts with {@code text}. */
    boolean sidebarShows(String tag, String text) {
        return sidebarSummary(tag).filter(summary -> summary.getText().startsWith(text)).isPresent();
    }

    /** The cells of the metric panel's line of {@code tag} on the screen; none while it is not there. */
    private List<Labeled> panelCells(String tag) {
        Node panel = scene.lookup("#tag-metrics");
        if (panel != null) {
            for (Node node : panel.lookupAll(".table-row-cell")) {
                if (node instanceof TableRow<?> row && row.isVisible() && row.getItem() instanceof TagLine line
                        && line.name().equals(tag)) {
                    return row.getChildrenUnmodifiable().stream().filter(Labeled.class::isInstance).map(Labeled.class::cast).toList();
                }
            }
        }
        return List.of();
    }

    /** The summary under {@code tag} in the tag list on the screen. */
    private Optional<Labeled> sidebarSummary(String tag) {
        Node list = scene.lookup("#tag-list");
        if (list != null) {
            for (Node node : list.lookupAll(".list-cell")) {
                if (node instanceof ListCell<?> cell && cell.isVisible() && cell.getItem() instanceof TagItem item
                        && item.name().equals(tag)) {
                    return cell.lookup(".tag-summary") instanceof Labeled summary ? Optional.of(summary) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the table holds {@code size} lines and its top line on the screen is row {@code row}. */
    boolean tableStartsWith(int size, int row) {
        return tableShows(size, 0, row);
    }

    /** Whether the table holds {@code size} lines and shows row {@code row} on the screen at line {@code line}. */
    boolean tableShows(int size, int line, int row) {
        RowTable table = table();
        if (table == null || table.getItems().size() != size) {
            return false;
        }
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> shown && shown.getIndex() == line && shown.isVisible()) {
                return Integer.valueOf(row).equals(shown.getItem());
            }
        }
        return false;
    }

    /** The index of the table's first line on the screen. */
    int firstShownLine() {
        int first = Integer.MAX_VALUE;
        for (Node node : table().lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> line && line.isVisible() && line.getItem() != null) {
                first = Math.min(first, line.getIndex());
            }
        }
        return first;
    }

    /** What the window shows of a tag and the table, for the message of a benchmark that got stuck. */
    String describe(String tag) {
        StringBuilder shown = new StringBuilder("panel:");
        panelCells(tag).forEach(cell -> shown.append(" [").append(cell.getText()).append(']'));
        sidebarSummary(tag).ifPresent(summary -> shown.append("; tag list: ").append(summary.getText()));
        RowTable table = table();
        if (table != null) {
            shown.append("; table: ").append(table.getItems().size()).append(" lines, first ")
                    .append(table.getItems().isEmpty() ? "none" : table.getItems().get(0));
        }
        return shown.toString();
    }

}
