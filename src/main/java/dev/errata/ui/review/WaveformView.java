package dev.errata.ui.review;

import dev.errata.workbench.media.Waveform;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A clip's waveform, a vertical line a span from its lowest to its highest sample, and a line where it plays. */
final class WaveformView extends Canvas {

    private static final double HEIGHT = 56;
    private static final Color WAVE = Color.web("#4a78b5");
    private static final Color PLAYED = Color.web("#d04a3a");

    private final ObservableObjectValue<Waveform> waveform;
    private final ObservableDoubleValue position;

    WaveformView(ObservableObjectValue<Waveform> waveform, ObservableDoubleValue position) {
        super(ClipViewModel.SPANS, HEIGHT);
        this.waveform = waveform;
        this.position = position;
        setId("row-waveform");
        waveform.addListener((obs, old, now) -> draw());
        position.addListener((obs, old, now) -> draw());
        draw();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        Waveform shown = waveform.get();
        setVisible(shown != null);
        setManaged(shown != null);
        if (shown == null) {
            return;
        }
        double middle = getHeight() / 2;
        double step = getWidth() / shown.spans();
        g.setStroke(WAVE);
        g.setLineWidth(Math.max(1, step));
        for (int span = 0; span < shown.spans(); span++) {
            double x = (span + 0.5) * step;
            // at least a pixel, so silence reads as a line rather than nothing
            double top = middle - Math.max(0.5, shown.highs()[span] * middle);
            double bottom = middle - Math.min(-0.5, shown.lows()[span] * middle);
            g.strokeLine(x, top, x, bottom);
        }
        double at = Math.min(1, position.get() / shown.seconds()) * getWidth();
        if (at > 0) {
            g.setStroke(PLAYED);
            g.setLineWidth(2);
            g.strokeLine(at, 0, at, getHeight());
        }
    }
}
