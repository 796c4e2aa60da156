package dev.errata.ui.plots.compare;

import dev.errata.data.Model;
import dev.errata.report.CompareText;
import dev.errata.report.NumberText;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.plots.ModelPicker;
import dev.errata.ui.plots.compare.CompareViewModel.Level;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Two models side by side: a line per level (overall, class, slice, tag) with each model's accuracy, the
 * difference with its paired interval ("no clear difference" when it holds zero), the rows fixed and broken
 * and McNemar's p-value. F and B, or the buttons, filter the table to the selected level's fixed or broken rows.
 */
public final class CompareView extends BorderPane {

    public CompareView(CompareViewModel model) {
        ComboBox<Model> before = picker(model, "compare-before");
        before.valueProperty().bindBidirectional(model.beforeProperty());
        ComboBox<Model> after = picker(model, "compare-after");
        after.valueProperty().bindBidirectional(model.afterProperty());
        Label against = new Label(Messages.text("compare.against"));
        HBox pick = new HBox(8, new Label(Messages.text("compare.pick")), after, against, before);
        pick.getStyleClass().add("plot-bar");

        TableView<Level> table = new TableView<>(model.levels());
        table.setId("compare-table");
        table.getColumns().add(column("compare.level", 190, Level::name));
        table.getColumns()
                .add(column(
                        "compare.rows",
                        80,
                        l -> NumberText.count(l.comparison().paired().rows())));
        table.getColumns().add(accuracy(model, 0));
        table.getColumns().add(accuracy(model, 1));
        table.getColumns()
                .add(column(
                        "compare.difference",
                        250,
                        l -> CompareText.difference(l.comparison().paired().accuracyDifference())));
        table.getColumns()
                .add(column(
                        "compare.fixed",
                        70,
                        l -> NumberText.count(l.comparison().paired().fixed())));
        table.getColumns()
                .add(column(
                        "compare.broken",
                        70,
                        l -> NumberText.count(l.comparison().paired().broken())));
        table.getColumns()
                .add(column(
                        "compare.p",
                        90,
                        l -> CompareText.pValue(l.comparison().paired().pValue())));
        table.setPlaceholder(new Label(Messages.text("compare.none")));
        model.levels().addListener((ListChangeListener<Level>) change -> {
            if (table.getSelectionModel().isEmpty() && !model.levels().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });

        Button fixed = new Button(Messages.text("compare.showFixed"));
        fixed.setId("compare-show-fixed");
        fixed.setOnAction(e -> selected(table, model::showFixed));
        Button broken = new Button(Messages.text("compare.showBroken"));
        broken.setId("compare-show-broken");
        broken.setOnAction(e -> selected(table, model::showBroken));
        fixed.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        broken.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F && !e.isShortcutDown()) {
                selected(table, model::showFixed);
                e.consume();
            } else if (e.getCode() == KeyCode.B && !e.isShortcutDown()) {
                selected(table, model::showBroken);
                e.consume();
            }
        });
        Label auc = new Label();
        auc.setId("compare-auc");
        auc.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            var c = model.comparisonProperty().get();
                            return c == null || c.auc() == null ? "" : CompareText.aucLine(c.names(), c.auc());
                        },
                        model.comparisonProperty()));
        auc.managedProperty().bind(auc.textProperty().isNotEmpty());
        Label note = new Label(Messages.text("compare.note"));
        note.getStyleClass().add("panel-note");
        note.setWrapText(true);
        HBox buttons = new HBox(8, fixed, broken);
        buttons.setPadding(new Insets(6, 0, 0, 0));
        setTop(new VBox(4, pick, auc, note));
        setCenter(table);
        setBottom(buttons);
    }

    private static void selected(TableView<Level> table, Consumer<Level> action) {
        Level level = table.getSelectionModel().getSelectedItem();
        if (level != null) {
            action.accept(level);
        }
    }

    private static ComboBox<Model> picker(CompareViewModel model, String id) {
        ComboBox<Model> box = new ComboBox<>();
        box.getItems().setAll(model.models());
        box.setId(id);
        box.setConverter(ModelPicker.byName());
        return box;
    }

    /** A model's accuracy on each level, headed by the model's name as it is now picked. */
    private static TableColumn<Level, String> accuracy(CompareViewModel model, int which) {
        TableColumn<Level, String> column = column(
                "compare.accuracy",
                100,
                l -> NumberText.percent(l.comparison().accuracy().get(which)));
        var side = which == 0 ? model.beforeProperty() : model.afterProperty();
        column.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.text(
                                "compare.accuracy",
                                side.get() == null ? "" : side.get().name()),
                        side));
        return column;
    }

    private static TableColumn<Level, String> column(String key, double width, Function<Level, String> text) {
        TableColumn<Level, String> column = new TableColumn<>(Messages.text(key, ""));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
