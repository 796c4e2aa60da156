package dev.errata.ui.plots.history;

import dev.errata.compare.VersionHistory;
import dev.errata.compare.VersionHistory.TagSeries;
import dev.errata.figure.HistoryFigure;
import dev.errata.report.NumberText;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.PlotBar;
import dev.errata.ui.plots.PlotContext;
import dev.errata.ui.plots.figure.FigureCanvas;
import dev.errata.ui.plots.figure.FigureSaving;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * The project's history: a figure of each tag's error rate (or each slice's gap) across the model's versions,
 * and a table of each tag with, for each step between versions, the gain the priorities predicted beside the
 * gain achieved.
 */
public final class HistoryView extends BorderPane {

    public HistoryView(VersionHistory history, PlotContext context) {
        List<String> shown = new ArrayList<>(List.of(Messages.text("history.showTags")));
        List<String> columns = HistoryFigure.sliceColumns(history);
        columns.forEach(c -> shown.add(Messages.text("history.showSlices", c)));
        ChoiceBox<String> what = new ChoiceBox<>();
        what.getItems().setAll(shown);
        what.getSelectionModel().select(0);
        what.setId("history-show");

        FigureCanvas canvas = new FigureCanvas(key -> {});
        canvas.setId("history-figure");
        canvas.setMinHeight(240);
        Runnable draw = () -> {
            int at = what.getSelectionModel().getSelectedIndex();
            canvas.show((w, h) -> at <= 0
                    ? HistoryFigure.tags(history, w, h)
                    : HistoryFigure.slices(history, columns.get(at - 1), w, h));
        };
        what.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> draw.run());
        draw.run();

        SplitPane split = new SplitPane(canvas, table(history));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setTop(PlotBar.of(
                what,
                new FigureSaving(canvas, "history", context.files(this), context.background(), context.onFailed())));
        setCenter(split);
    }

    private static TableView<TagSeries> table(VersionHistory history) {
        TableView<TagSeries> table = new TableView<>();
        table.setId("history-table");
        table.getItems().setAll(history.tags());
        table.getColumns().add(column(Messages.text("history.tag"), 200, TagSeries::tag));
        List<String> names = history.names();
        for (int v = 0; v < names.size(); v++) {
            int version = v;
            table.getColumns()
                    .add(column(
                            Messages.text("history.errorRate", names.get(v)),
                            110,
                            t -> percent(t.errorRates().get(version))));
        }
        for (int step = 1; step < names.size(); step++) {
            int index = step - 1;
            String arrow = names.get(step - 1) + " → " + names.get(step);
            table.getColumns()
                    .add(column(
                            Messages.text("history.predicted", arrow),
                            130,
                            t -> points(t.predictedGains().get(index))));
            table.getColumns()
                    .add(column(
                            Messages.text("history.achieved", arrow),
                            130,
                            t -> points(t.achievedGains().get(index))));
        }
        table.setPlaceholder(new Label(Messages.text("history.noTags")));
        return table;
    }

    private static String percent(Double value) {
        return NumberText.percent(value == null ? Double.NaN : value);
    }

    private static String points(Double value) {
        return NumberText.points(value == null ? Double.NaN : value);
    }

    private static TableColumn<TagSeries, String> column(String title, double width, Function<TagSeries, String> text) {
        TableColumn<TagSeries, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
