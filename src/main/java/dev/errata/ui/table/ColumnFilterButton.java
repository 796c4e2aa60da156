package dev.errata.ui.table;

import dev.errata.ui.messages.Messages;
import javafx.css.PseudoClass;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/**
 * The small button in a column header that opens the column's filter: from–to fields for numbers, a choice
 * of value for text. Marked while the column filters rows.
 */
final class ColumnFilterButton extends Button {

    private static final PseudoClass FILTERING = PseudoClass.getPseudoClass("filtering");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ColumnFilters filters;
    private final String column;
    /** Made on the first click: a menu and editors for each of a wide file's columns slowed the window's opening. */
    private ContextMenu popup;

    ColumnFilterButton(ColumnFilters filters, String column) {
        super("▾");
        this.filters = filters;
        this.column = column;
        getStyleClass().add("column-filter-button");
        setFocusTraversable(false);
        setOnAction(e -> popup().show(this, Side.BOTTOM, 0, 0));
        // the header sorts on a release, so a click here must not reach it; as the handler property this runs
        // after the button's own handlers (a handler added beside them ran first, and the button never fired)
        setOnMouseReleased(MouseEvent::consume);
        filters.onChange(this::mark);
        mark();
    }

    private ContextMenu popup() {
        if (popup == null) {
            popup = new ContextMenu(new CustomMenuItem(filters.isText(column) ? textEditor() : numberEditor(), false));
        }
        return popup;
    }

    private void mark() {
        pseudoClassStateChanged(FILTERING, filters.condition(column).isPresent());
    }

    private Node numberEditor() {
        TextField min = new TextField();
        min.setPromptText(Messages.text("table.filter.min"));
        TextField max = new TextField();
        max.setPromptText(Messages.text("table.filter.max"));
        for (TextField field : new TextField[] {min, max}) {
            field.setPrefColumnCount(6);
            field.setOnAction(e -> apply(min, max));
        }
        Button apply = new Button(Messages.text("table.filter.apply"));
        apply.setOnAction(e -> apply(min, max));
        Button clear = new Button(Messages.text("table.filter.clear"));
        clear.setOnAction(e -> {
            min.clear();
            max.clear();
            filters.clear(column);
            popup.hide();
        });
        return row(min, max, apply, clear);
    }

    private void apply(TextField min, TextField max) {
        boolean valid = filters.filterNumbers(column, min.getText(), max.getText());
        for (TextField field : new TextField[] {min, max}) {
            field.pseudoClassStateChanged(INVALID, !valid);
        }
        if (valid) {
            popup.hide();
        }
    }

    private Node textEditor() {
        ComboBox<String> value = new ComboBox<>();
        value.getItems().setAll(filters.values(column));
        value.setPromptText(Messages.text("table.filter.value"));
        value.setOnAction(e -> filters.filterText(column, value.getValue()));
        Button clear = new Button(Messages.text("table.filter.clear"));
        clear.setOnAction(e -> {
            value.setValue(null);
            filters.clear(column);
            popup.hide();
        });
        return row(value, clear);
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.getStyleClass().add("column-filter");
        return row;
    }
}
