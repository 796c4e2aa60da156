package dev.errata.ui.table;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;
import javafx.scene.control.TableView;

/**
 * A table whose lines end at the right edge of its view ({@link ViewportRow}), so that only the cells of the
 * columns in view are in the scene to be styled, laid out and drawn. Its lines have one height, from the
 * stylesheet, which JavaFX needs before it leaves any cell out.
 */
public class ViewportTable<T> extends TableView<T> {

    private final DoubleProperty scrollX = new SimpleDoubleProperty();

    public ViewportTable(ObservableList<T> items) {
        super(items);
        setRowFactory(table -> new ViewportRow<>(scrollX, widthProperty()));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ViewportTableSkin<>(this, scrollX);
    }
}
