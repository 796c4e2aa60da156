package dev.errata.ui.table;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.TableRow;

/**
 * A table line that ends at the right edge of the view. JavaFX takes the cells of columns out of view out of
 * a line of fixed height, but it judges "in view" against the line's own width, and a line is given the
 * width of every column together, so it never takes one out: every line kept all its cells in the scene, to
 * be styled, laid out and synced on each frame. Ending at the view's edge, a line keeps only the cells in
 * view (and, when scrolled, at most as many again to their right).
 */
final class ViewportRow<T> extends TableRow<T> {

    private final ObservableDoubleValue scrollX;
    private final ObservableDoubleValue viewWidth;
    private double fullWidth;
    // the line holds its listener and the scroll bar only a weak reference, so dropped lines are collected
    private final InvalidationListener scrolled = o -> {
        super.resize(clamped(fullWidth), getHeight());
        requestLayout();
    };

    ViewportRow(ObservableDoubleValue scrollX, ObservableDoubleValue viewWidth) {
        this.scrollX = scrollX;
        this.viewWidth = viewWidth;
        scrollX.addListener(new WeakInvalidationListener(scrolled));
    }

    @Override
    public void resize(double width, double height) {
        fullWidth = width;
        super.resize(clamped(width), height);
    }

    private double clamped(double width) {
        return Math.min(width, scrollX.get() + viewWidth.get());
    }
}
