package dev.errata.ui.plots.confusion;

import dev.errata.figure.ConfusionFigure;
import dev.errata.metrics.ClassMetrics;
import dev.errata.report.NumberText;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.ModelPicker;
import dev.errata.ui.plots.PlotBar;
import dev.errata.ui.plots.PlotContext;
import dev.errata.ui.plots.TextColumn;
import dev.errata.ui.plots.figure.FigureCanvas;
import dev.errata.ui.plots.figure.FigureSaving;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The confusion heat map over the per-class metrics; a click on a cell filters the table to its rows. */
public final class ConfusionView extends BorderPane {

    public ConfusionView(ConfusionViewModel model, PlotContext context) {
        List<String> classes = model.matrix().classes();
        FigureCanvas canvas = new FigureCanvas(key -> {
            if (key instanceof ConfusionFigure.CellKey cell) {
                model.showCell(cell.trueClass(), cell.predictedClass());
            }
        });
        canvas.setId("confusion-matrix");
        canvas.setMinSize(ConfusionFigure.width(classes), ConfusionFigure.height(classes));
        canvas.disableProperty().bind(model.readyBinding().not());
        canvas.show((w, h) -> ConfusionFigure.draw(model.matrix(), model.order(), model.shares(), w, h));
        model.shareProperty()
                .addListener((obs, old, now) -> canvas.show(
                        (w, h) -> ConfusionFigure.draw(model.matrix(), model.order(), model.shares(), w, h)));
        TableView<ClassMetrics> perClass = perClassTable(model);
        model.orderingProperty().addListener((obs, old, now) -> {
            canvas.show((w, h) -> ConfusionFigure.draw(model.matrix(), model.order(), model.shares(), w, h));
            perClass.getItems().setAll(model.perClass());
        });
        Label overall = new Label(model.overall());
        overall.setId("overall-metrics");
        overall.setWrapText(true);
        overall.setMinHeight(Region.USE_PREF_SIZE);
        model.outcomesProperty().addListener((obs, old, now) -> {
            canvas.show((w, h) -> ConfusionFigure.draw(model.matrix(), model.order(), model.shares(), w, h));
            perClass.getItems().setAll(model.perClass());
            overall.setText(model.overall());
        });
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);

        ToggleGroup shares = new ToggleGroup();
        ToggleButton byRow = share(Messages.text("confusion.share.row"), ConfusionViewModel.Share.ROW, shares, model);
        ToggleButton byColumn =
                share(Messages.text("confusion.share.column"), ConfusionViewModel.Share.COLUMN, shares, model);
        byRow.setSelected(true);
        CheckBox bySupport = new CheckBox(Messages.text("confusion.bySupport"));
        bySupport.setId("confusion-by-support");
        bySupport
                .selectedProperty()
                .addListener((obs, old, now) -> model.orderingProperty()
                        .set(now ? ConfusionViewModel.Ordering.SUPPORT : ConfusionViewModel.Ordering.LABELS));
        Button mistakes = new Button(Messages.text("confusion.mistakes"));
        mistakes.setId("confident-mistakes");
        mistakes.disableProperty().bind(model.confidenceKnownBinding().not());
        mistakes.setOnAction(e -> model.showConfidentMistakes());
        setTop(PlotBar.of(
                ModelPicker.of(model.inputs()),
                byRow,
                byColumn,
                bySupport,
                mistakes,
                new FigureSaving(
                        canvas, "confusion-matrix", context.files(this), context.background(), context.onFailed())));
        CheckBox clean = new CheckBox();
        clean.setId("clean-labels");
        clean.selectedProperty().bindBidirectional(model.cleanLabelsProperty());
        clean.textProperty().bind(model.confirmedCountProperty().map(n -> Messages.text("confusion.cleanLabels", n)));
        // only once the analyst has confirmed a label error: before that the toggle would change nothing
        clean.visibleProperty().bind(model.confirmedCountProperty().greaterThan(0));
        clean.managedProperty().bind(clean.visibleProperty());
        Label cleanLine = new Label();
        cleanLine.setId("clean-labels-line");
        cleanLine.setWrapText(true);
        cleanLine.setMinHeight(Region.USE_PREF_SIZE);
        cleanLine.textProperty().bind(model.cleanLineProperty());
        cleanLine.visibleProperty().bind(model.cleanLineProperty().isNotEmpty());
        cleanLine.managedProperty().bind(cleanLine.visibleProperty());
        VBox.setVgrow(perClass, Priority.ALWAYS);
        SplitPane split = new SplitPane(scroll, new VBox(4, overall, clean, cleanLine, perClass));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setCenter(split);
    }

    private static ToggleButton share(
            String text, ConfusionViewModel.Share share, ToggleGroup group, ConfusionViewModel model) {
        ToggleButton button = new ToggleButton(text);
        button.setToggleGroup(group);
        button.setOnAction(e -> {
            button.setSelected(true);
            model.shareProperty().set(share);
        });
        return button;
    }

    private static TableView<ClassMetrics> perClassTable(ConfusionViewModel model) {
        TableView<ClassMetrics> table = new TableView<>(FXCollections.observableArrayList(model.perClass()));
        table.setId("class-metrics");
        table.getColumns().add(TextColumn.of(Messages.text("confusion.class"), ClassMetrics::name));
        table.getColumns()
                .add(TextColumn.of(Messages.text("confusion.precision"), m -> NumberText.percent(m.precision())));
        table.getColumns().add(TextColumn.of(Messages.text("confusion.recall"), m -> NumberText.percent(m.recall())));
        table.getColumns().add(TextColumn.of(Messages.text("confusion.f1"), m -> NumberText.percent(m.f1())));
        table.getColumns().add(TextColumn.of(Messages.text("confusion.support"), m -> NumberText.count(m.support())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
