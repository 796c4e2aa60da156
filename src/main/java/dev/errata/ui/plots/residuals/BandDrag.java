package dev.errata.ui.plots.residuals;

import dev.errata.ui.plots.figure.FigureCanvas;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * Dragging an edge of the tolerance band on the residual figure: the pointer turns into a resize cursor near
 * an edge, the band follows a drag, and the release sets the tolerance. A drag is no click on the point
 * where it ends, so the table keeps its rows.
 */
final class BandDrag {

    private final FigureCanvas canvas;
    private final ResidualsViewModel model;
    private Optional<BandPanel> grabbed = Optional.empty();
    private boolean dragged;

    private BandDrag(FigureCanvas canvas, ResidualsViewModel model) {
        this.canvas = canvas;
        this.model = model;
    }

    static void attach(FigureCanvas canvas, ResidualsViewModel model) {
        BandDrag drag = new BandDrag(canvas, model);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, drag::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, drag::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, drag::draggedTo);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, drag::released);
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, drag::clicked);
    }

    private Optional<BandPanel> edgeAt(MouseEvent event) {
        return BandPanel.grabbed(
                canvas.figure(),
                event.getX(),
                event.getY(),
                model.bandProperty().get());
    }

    private void moved(MouseEvent event) {
        canvas.setCursor(edgeAt(event).isPresent() ? Cursor.V_RESIZE : null);
    }

    private void pressed(MouseEvent event) {
        grabbed = edgeAt(event);
        dragged = false;
    }

    private void draggedTo(MouseEvent event) {
        grabbed.ifPresent(panel -> {
            dragged = true;
            model.dragBandTo(panel.residualAt(event.getY()));
        });
    }

    private void released(MouseEvent event) {
        if (dragged) {
            model.dropBand();
        }
        grabbed = Optional.empty();
        canvas.setCursor(null);
    }

    private void clicked(MouseEvent event) {
        if (dragged) {
            event.consume();
        }
    }
}
