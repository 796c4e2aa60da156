package dev.errata.ui.table;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/** A viewport table's skin, which tells the table's lines how far the view is scrolled to the right. */
final class ViewportTableSkin<T> extends TableViewSkin<T> {

    private final DoubleProperty scrollX;

    ViewportTableSkin(TableView<T> table, DoubleProperty scrollX) {
        super(table);
        this.scrollX = scrollX;
        scrollX.bind(((LineFlow<T>) getVirtualFlow()).horizontalScroll());
    }

    @Override
    protected VirtualFlow<TableRow<T>> createVirtualFlow() {
        return new LineFlow<>();
    }

    @Override
    public void dispose() {
        scrollX.unbind();
        super.dispose();
    }

    /** The flow of lines, whose horizontal scroll bar JavaFX keeps to itself. */
    private static final class LineFlow<T> extends VirtualFlow<TableRow<T>> {
        DoubleProperty horizontalScroll() {
            return getHbar().valueProperty();
        }
    }
}
