package dev.errata.ui.plots.residuals;

import dev.errata.figure.DensityRaster;
import dev.errata.figure.Mark;
import dev.errata.figure.ResidualPlots;
import dev.errata.figure.ResidualsFigure;
import dev.errata.metrics.plots.DensityGrid;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.PlotBar;
import dev.errata.ui.plots.PlotContext;
import dev.errata.ui.plots.figure.FigureCanvas;
import dev.errata.ui.plots.figure.FigureSaving;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The residual plots; a click on a point's cell or on a histogram bar shows those rows in the table. The
 * tolerance is set by dragging an edge of its band or by typing it beside the plots.
 */
public final class ResidualsView extends BorderPane {

    private final ResidualsViewModel model;
    private final FigureCanvas canvas;

    public ResidualsView(ResidualsViewModel model, PlotContext context) {
        this.model = model;
        canvas = new FigureCanvas(key -> {
            if (key instanceof Mark.Cell cell && cell.key() instanceof DensityGrid grid) {
                model.showCell(grid, cell.column(), DensityRaster.gridLine(grid, cell.line()));
            } else if (key instanceof ResidualsFigure.HistogramBin bar) {
                model.showBin(bar.bin());
            }
        });
        canvas.setId("residual-plots");
        canvas.setMinHeight(360);
        BandDrag.attach(canvas, model);
        Tooltip.install(canvas, new Tooltip(Messages.text("residuals.tolerance.drag")));
        ComboBox<String> x = new ComboBox<>(FXCollections.observableArrayList(model.xChoices()));
        x.valueProperty().bindBidirectional(model.xProperty());
        HBox tolerance = new HBox(
                4, new Label(Messages.text("residuals.tolerance")), toleranceField(), defaultButton(), defaultNote());
        tolerance.setAlignment(Pos.CENTER_LEFT);
        setTop(PlotBar.of(
                new Label("residual against"),
                x,
                tolerance,
                new FigureSaving(canvas, "residuals", context.files(this), context.background(), context.onFailed())));
        setCenter(canvas);
        model.plotsProperty().addListener((obs, old, now) -> redraw());
        model.bandProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    /** The band at the tolerance being dragged, if it is. */
    private void redraw() {
        ResidualPlots plots = model.plotsProperty().get();
        double band = model.bandProperty().get();
        ResidualPlots shown = plots == null || Double.isNaN(band) ? plots : plots.withTolerance(band);
        canvas.show((w, h) -> ResidualsFigure.draw(shown, w, h));
    }

    /** Shows the band's tolerance, and sets a typed one on Enter; a text that is no tolerance is marked. */
    private TextField toleranceField() {
        TextField field = new TextField();
        field.setId("tolerance-field");
        field.setPrefColumnCount(7);
        Runnable show = () -> {
            field.setText(ResidualsViewModel.toleranceText(model.bandProperty().get()));
            field.getStyleClass().remove("invalid");
        };
        model.bandProperty().addListener((obs, old, now) -> show.run());
        show.run();
        field.setOnAction(e -> {
            if (!model.setTolerance(field.getText())) {
                field.getStyleClass().add("invalid");
                field.setTooltip(new Tooltip(Messages.text("residuals.tolerance.invalid")));
            }
        });
        return field;
    }

    private Button defaultButton() {
        Button reset = new Button(Messages.text("residuals.tolerance.default"));
        reset.setId("default-tolerance");
        reset.disableProperty().bind(model.byDefaultProperty());
        reset.setOnAction(e -> model.useDefaultTolerance());
        return reset;
    }

    private Label defaultNote() {
        Label note = new Label(Messages.text("residuals.tolerance.isDefault"));
        note.getStyleClass().add("plot-note");
        note.visibleProperty().bind(model.byDefaultProperty());
        note.managedProperty().bind(model.byDefaultProperty());
        return note;
    }
}
