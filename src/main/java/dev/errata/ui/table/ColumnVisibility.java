package dev.errata.ui.table;

import dev.errata.data.Dataset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Which data columns the table shows. Kept per window, in memory only: a wide file is narrowed for one
 * sitting, and the project file stays free of layout.
 */
public final class ColumnVisibility {

    private final Map<String, BooleanProperty> shown = new LinkedHashMap<>();

    public ColumnVisibility(Dataset dataset) {
        for (String name : dataset.columnNames()) {
            shown.put(name, new SimpleBooleanProperty(true));
        }
    }

    /** Every data column, in the file's order. */
    public List<String> names() {
        return List.copyOf(shown.keySet());
    }

    public BooleanProperty shownProperty(String column) {
        return shown.get(column);
    }

    /** The columns shown, in the file's order. */
    public List<String> shownNames() {
        return shown.entrySet().stream()
                .filter(e -> e.getValue().get())
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Shows these columns alone; none shows every column. */
    public void showOnly(List<String> columns) {
        shown.forEach((name, property) -> property.set(columns.isEmpty() || columns.contains(name)));
    }

    /** Shows every column again. */
    public void reset() {
        shown.values().forEach(property -> property.set(true));
    }
}
