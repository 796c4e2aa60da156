package dev.errata.ui.plots.slices;

import dev.errata.figure.Figure;
import dev.errata.figure.SlicesFigure;
import dev.errata.metrics.RegressionMetrics;
import dev.errata.metrics.Slice;
import dev.errata.report.NumberText;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.PlotBar;
import dev.errata.ui.plots.PlotContext;
import dev.errata.ui.plots.TextColumn;
import dev.errata.ui.plots.figure.FigureCanvas;
import dev.errata.ui.plots.figure.FigureSaving;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** Slice bars over the slice table; a click on a bar or a table line shows that slice's rows. */
public final class SlicesView extends BorderPane {

    private final SlicesViewModel model;
    private final FigureCanvas canvas;
    private final TableView<Slice> table = new TableView<>();
    private final List<TableColumn<Slice, String>> regressionColumns = new ArrayList<>();

    public SlicesView(SlicesViewModel model, PlotContext context) {
        this.model = model;
        ComboBox<String> column = new ComboBox<>(FXCollections.observableArrayList(model.columns()));
        column.setId("slice-column");
        column.valueProperty().bindBidirectional(model.columnProperty());
        List<String> crosses = new ArrayList<>(List.of(SlicesViewModel.NO_CROSS));
        crosses.addAll(model.columns());
        ComboBox<String> cross = new ComboBox<>(FXCollections.observableArrayList(crosses));
        cross.setId("slice-cross");
        cross.valueProperty().bindBidirectional(model.crossedWithProperty());
        Button promote = new Button(Messages.text("slices.promote"));
        promote.setId("promote-slice");
        promote.disableProperty().bind(model.selectedProperty().isNull());
        promote.setOnAction(e -> model.promoteSelected());

        canvas = new FigureCanvas(key -> {
            if (key instanceof Slice slice) {
                model.showSlice(slice);
            }
        });
        canvas.setId("slice-bars");
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);

        setTop(PlotBar.of(
                new Label(Messages.text("slices.by")),
                column,
                new Label("×"),
                cross,
                promote,
                new FigureSaving(canvas, "slices", context.files(this), context.background(), context.onFailed())));
        fillTable();
        SplitPane split = new SplitPane(scroll, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        model.resultProperty().addListener((obs, old, now) -> show(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        show(model.resultProperty().get());
    }

    private void show(SliceResult result) {
        int slices = result == null ? 0 : result.slices().size();
        canvas.setMinHeight(SlicesFigure.height(slices));
        canvas.show((w, h) -> result == null
                ? Figure.empty(w, h)
                : SlicesFigure.draw(result.groups().column(), result.slices(), result.overall(), w, h));
        table.getItems().setAll(result == null ? List.of() : result.slices());
        boolean regression = result != null && result.slices().stream().anyMatch(slice -> slice.regression() != null);
        regressionColumns.forEach(column -> column.setVisible(regression));
    }

    private static String regression(Slice slice, ToDoubleFunction<RegressionMetrics> metric) {
        return slice.regression() == null
                ? NumberText.UNDEFINED
                : NumberText.compact(metric.applyAsDouble(slice.regression()));
    }

    private void fillTable() {
        table.setId("slice-table");
        table.getColumns().add(TextColumn.of(Messages.text("slices.slice"), Slice::value));
        table.getColumns().add(TextColumn.of(Messages.text("slices.rows"), s -> NumberText.count(s.rows())));
        table.getColumns().add(TextColumn.of(Messages.text("slices.errors"), s -> NumberText.count(s.errors())));
        table.getColumns()
                .add(TextColumn.of(Messages.text("slices.errorRate"), s -> NumberText.withInterval(s.errorRate())));
        // a regression's slices differ in how far off they are, not only in how often: the JSON's residual metrics
        regressionColumns.add(TextColumn.of(Messages.text("slices.mae"), s -> regression(s, RegressionMetrics::mae)));
        regressionColumns.add(TextColumn.of(Messages.text("slices.rmse"), s -> regression(s, RegressionMetrics::rmse)));
        regressionColumns.add(TextColumn.of(
                Messages.text("slices.meanResidual"), s -> regression(s, RegressionMetrics::meanResidual)));
        regressionColumns.forEach(column -> column.setVisible(false));
        table.getColumns().addAll(regressionColumns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, slice) -> {
            if (slice != null && slice != model.selectedProperty().get()) {
                model.showSlice(slice);
            }
        });
    }
}
