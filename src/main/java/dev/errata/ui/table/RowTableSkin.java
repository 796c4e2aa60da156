package dev.errata.ui.table;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/** The table's skin, which tells the table's lines how far the view is scrolled to the right. */
final class RowTableSkin extends TableViewSkin<Integer> {

    private final DoubleProperty scrollX;

    RowTableSkin(TableView<Integer> table, DoubleProperty scrollX) {
        super(table);
        this.scrollX = scrollX;
        scrollX.bind(((RowFlow) getVirtualFlow()).horizontalScroll());
    }

    @Override
    protected VirtualFlow<TableRow<Integer>> createVirtualFlow() {
        return new RowFlow();
    }

    @Override
    public void dispose() {
        scrollX.unbind();
        super.dispose();
    }

    /** The flow of lines, whose horizontal scroll bar JavaFX keeps to itself. */
    private static final class RowFlow extends VirtualFlow<TableRow<Integer>> {
        DoubleProperty horizontalScroll() {
            return getHbar().valueProperty();
        }
    }
}
