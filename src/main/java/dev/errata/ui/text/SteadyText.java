package dev.errata.ui.text;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A line of text that changes without a layout of the lines around it. A label whose text changes asks its
 * parents to lay out again, and inside a list or table line that makes the whole list lay out and restyle
 * every line: a frame's worth of work for one changed number. This region moves an unmanaged text node
 * itself (by translation, since moving its layout position would ask too) and keeps the size its parent last
 * gave it, so a number that grows past it is not cut short until the next layout.
 */
public final class SteadyText extends Region {

    private final Text text = new Text();
    private final ObjectProperty<HPos> alignment = new SimpleObjectProperty<>(this, "alignment", HPos.LEFT);

    public SteadyText() {
        getStyleClass().add("steady-text");
        // "text" as a label's text node has it, so that both sit alike in a line
        text.getStyleClass().add("text");
        text.setManaged(false);
        text.layoutBoundsProperty().addListener(o -> place());
        alignment.addListener(o -> place());
        getChildren().add(text);
    }

    /**
     * The graphic a cell shows in place of its own text; the cell's alignment and text colour (which its
     * selection changes) carry over.
     */
    public static SteadyText in(Labeled cell) {
        SteadyText shown = new SteadyText();
        shown.alignment.bind(cell.alignmentProperty().map(Pos::getHpos));
        shown.text.fillProperty().bind(cell.textFillProperty());
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        cell.setGraphic(shown);
        return shown;
    }

    /** The text a labeled node shows, in its own text or in a steady text as its graphic. */
    public static String shownBy(Labeled labeled) {
        Node graphic = labeled.getGraphic();
        return graphic instanceof SteadyText steady && labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                ? steady.getText()
                : labeled.getText();
    }

    public String getText() {
        return text.getText();
    }

    public void setText(String value) {
        text.setText(value == null ? "" : value);
    }

    public void bindText(ObservableValue<String> value) {
        text.textProperty().bind(value);
    }

    public void unbindText() {
        text.textProperty().unbind();
    }

    @Override
    protected void layoutChildren() {
        place();
    }

    private void place() {
        Bounds shown = text.getLayoutBounds();
        Insets insets = getInsets();
        double free = getWidth() - insets.getLeft() - insets.getRight() - shown.getWidth();
        double x = insets.getLeft()
                + switch (alignment.get()) {
                    case LEFT -> 0;
                    case CENTER -> free / 2;
                    case RIGHT -> free;
                };
        double y = insets.getTop() + (getHeight() - insets.getTop() - insets.getBottom() - shown.getHeight()) / 2;
        text.setTranslateX(snapPositionX(x) - shown.getMinX());
        text.setTranslateY(snapPositionY(y) - shown.getMinY());
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + text.getLayoutBounds().getWidth() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + text.getLayoutBounds().getHeight() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
