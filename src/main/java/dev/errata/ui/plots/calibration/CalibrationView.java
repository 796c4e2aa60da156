package dev.errata.ui.plots.calibration;

import dev.errata.figure.CalibrationFigure;
import dev.errata.metrics.plots.Extent;
import dev.errata.metrics.plots.ReliabilityDiagram;
import dev.errata.ui.plots.PlotBar;
import dev.errata.ui.plots.PlotContext;
import dev.errata.ui.plots.figure.FigureCanvas;
import dev.errata.ui.plots.figure.FigureSaving;
import javafx.scene.layout.BorderPane;

/**
 * The reliability diagram: per score bin a bar up to how often it came true, beside the diagonal of a
 * perfectly calibrated model, and the expected calibration error in the title; a click on a bar shows its rows.
 */
public final class CalibrationView extends BorderPane {

    private static final Extent UNIT = new Extent(0, 1);

    public CalibrationView(CalibrationViewModel model, PlotContext context) {
        FigureCanvas canvas = new FigureCanvas(key -> {
            if (key instanceof ReliabilityDiagram.Bin bin) {
                model.showBin(bin);
            }
        });
        canvas.setId("reliability-diagram");
        canvas.setMinHeight(260);
        setTop(PlotBar.of(new FigureSaving(
                canvas, "calibration", context.files(this), context.background(), context.onFailed())));
        setCenter(canvas);
        model.diagramProperty()
                .addListener((obs, old, now) -> canvas.show((w, h) -> CalibrationFigure.draw(now, w, h)));
        canvas.show((w, h) -> CalibrationFigure.draw(model.diagramProperty().get(), w, h));
    }
}
