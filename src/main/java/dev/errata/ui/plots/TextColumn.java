package dev.errata.ui.plots;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** A table column of text made from each item; the plot tables keep the order the core gave them. */
public final class TextColumn {

    private TextColumn() {}

    public static <T> TableColumn<T, String> of(String title, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
