package dev.errata.ui.bench;

import dev.errata.ui.analysis.TagLine;
import dev.errata.ui.table.RowTable;
import dev.errata.ui.tags.TagItem;
import dev.errata.ui.text.SteadyText;
import dev.errata.ui.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;

/**
 * Reads what the window shows, as the user would read it: the text in the cells on the screen, not the
 * models behind them. On the FX thread, after every frame of a measurement, so it walks only the part of
 * the scene it reads: a lookup of the whole scene on each frame would be a good part of the frame.
 */
final class WindowProbe {

    private final Scene scene;
    private final Map<String, Node> byId = new HashMap<>();

    WindowProbe(Scene scene) {
        this.scene = scene;
    }

    /** Whether the open project's workspace has every part on the screen. */
    boolean workspaceShown() {
        return node(".workspace") instanceof WorkspaceView view
                && view.shownProperty().get();
    }

    RowTable table() {
        return (RowTable) node("#row-table");
    }

    /** The node of that id, looked up again only once it has left the scene. */
    private Node node(String id) {
        Node found = byId.get(id);
        if (found == null || found.getScene() != scene) {
            found = scene.lookup(id);
            byId.put(id, found);
        }
        return found;
    }

    /** The nodes of {@code type} under {@code root} that pass {@code test}, without looking inside them. */
    private static <T extends Node> List<T> shown(Node root, Class<T> type, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        collect(root, type, test, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, Predicate<T> test, List<T> found) {
        if (type.isInstance(node)) {
            if (node.isVisible() && test.test(type.cast(node))) {
                found.add(type.cast(node));
            }
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, type, test, found);
            }
        }
    }

    /** Whether the metric panel's line of {@code tag} holds a cell whose text starts with {@code text}. */
    boolean panelShows(String tag, String text) {
        return panelCells(tag).stream().anyMatch(cell -> {
            String shown = SteadyText.shownBy(cell);
            return shown != null && shown.startsWith(text);
        });
    }

    /** Whether the tag list's summary of {@code tag} starts with {@code text}. */
    boolean sidebarShows(String tag, String text) {
        return sidebarSummary(tag)
                .filter(summary -> summary.getText().startsWith(text))
                .isPresent();
    }

    /** The cells of the metric panel's line of {@code tag} on the screen; none while it is not there. */
    private List<Labeled> panelCells(String tag) {
        Node panel = node("#tag-metrics");
        if (panel == null) {
            return List.of();
        }
        return shown(
                        panel,
                        TableRow.class,
                        row -> row.getItem() instanceof TagLine line
                                && line.name().equals(tag))
                .stream()
                .findFirst()
                .map(row -> row.getChildrenUnmodifiable().stream()
                        .filter(Labeled.class::isInstance)
                        .map(Labeled.class::cast)
                        .toList())
                .orElse(List.of());
    }

    /** The summary under {@code tag} in the tag list on the screen. */
    private Optional<SteadyText> sidebarSummary(String tag) {
        Node list = node("#tag-list");
        if (list == null) {
            return Optional.empty();
        }
        return shown(
                        list,
                        ListCell.class,
                        cell -> cell.getItem() instanceof TagItem item
                                && item.name().equals(tag))
                .stream()
                .findFirst()
                .flatMap(cell ->
                        shown(
                                        cell.getGraphic(),
                                        SteadyText.class,
                                        text -> text.getStyleClass().contains("tag-summary"))
                                .stream()
                                .findFirst());
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
        return shown(table, TableRow.class, shown -> shown.getIndex() == line).stream()
                .findFirst()
                .filter(shown -> Integer.valueOf(row).equals(shown.getItem()))
                .isPresent();
    }

    /** The index of the table's first line on the screen. */
    int firstShownLine() {
        return shown(table(), TableRow.class, line -> line.getItem() != null).stream()
                .mapToInt(TableRow::getIndex)
                .min()
                .orElse(Integer.MAX_VALUE);
    }

    /** What the window shows of a tag and the table, for the message of a benchmark that got stuck. */
    String describe(String tag) {
        StringBuilder shown = new StringBuilder("panel:");
        panelCells(tag)
                .forEach(cell ->
                        shown.append(" [").append(SteadyText.shownBy(cell)).append(']'));
        sidebarSummary(tag).ifPresent(summary -> shown.append("; tag list: ").append(summary.getText()));
        RowTable table = table();
        if (table != null) {
            shown.append("; table: ")
                    .append(table.getItems().size())
                    .append(" lines, first ")
                    .append(
                            table.getItems().isEmpty()
                                    ? "none"
                                    : table.getItems().get(0));
        }
        if (scene.lookup("#search-field") instanceof TextField search) {
            shown.append("; search: \"").append(search.getText()).append('"');
        }
        Node focused = scene.getFocusOwner();
        shown.append("; focus: ")
                .append(focused == null ? "none" : focused.getClass().getSimpleName() + " " + focused.getId());
        return shown.toString();
    }
}
