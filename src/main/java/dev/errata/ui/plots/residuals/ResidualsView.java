package dev.errata.ui.plots.residuals;

import dev.errata.metrics.plots.DensityGrid;
import dev.errata.ui.plots.PlotBar;
import dev.errata.ui.plots.PlotTabs;
import dev.errata.ui.plots.figure.DensityRaster;
import dev.errata.ui.plots.figure.FigureCanvas;
import dev.errata.ui.plots.figure.FigureSaving;
import dev.errata.ui.plots.figure.Mark;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The residual plots; a click on a point's cell or on a histogram bar shows those rows in the table. */
public final class ResidualsView extends BorderPane {

    public ResidualsView(ResidualsViewModel model, PlotTabs tabs) {
        FigureCanvas canvas = new FigureCanvas(key -> {
            if (key instanceof Mark.Cell cell && cell.key() instanceof DensityGrid grid) {
                model.showCell(grid, cell.column(), DensityRaster.gridLine(grid, cell.line()));
            } else if (key instanceof ResidualsFigure.HistogramBin bar) {
                model.showBin(bar.bin());
            }
        });
        canvas.setId("residual-plots");
        canvas.setMinHeight(360);
        ComboBox<String> x = new ComboBox<>(FXCollections.observableArrayList(model.xChoices()));
        x.valueProperty().bindBidirectional(model.xProperty());
        setTop(PlotBar.of(new Label("residual against"), x,
                new FigureSaving(canvas, "residuals", tabs.files(this), tabs.background(), tabs.onFailed())));
        setCenter(canvas);
        model.plotsProperty().addListener((obs, old, now) -> canvas.show((w, h) -> ResidualsFigure.draw(now, w, h)));
        canvas.show((w, h) -> ResidualsFigure.draw(model.plotsProperty().get(), w, h));
    }
}
