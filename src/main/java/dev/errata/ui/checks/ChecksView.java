package dev.errata.ui.checks;

import dev.errata.ui.messages.Messages;
import dev.errata.ui.text.SpanCheckedField;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Checks tab: each check with PASS in green or FAIL in red and its value, and a field to write a new one. */
public final class ChecksView extends BorderPane {

    public ChecksView(ChecksViewModel model) {
        TableView<ChecksViewModel.CheckRow> table = new TableView<>(model.rows());
        table.setId("checks-table");
        table.setPlaceholder(new Label(Messages.text("checks.placeholder")));
        TableColumn<ChecksViewModel.CheckRow, String> verdict = column(
                Messages.text("checks.column.verdict"),
                70,
                row -> Messages.text("checks.verdict." + row.verdict().name().toLowerCase(Locale.ROOT)));
        verdict.setCellFactory(c -> new VerdictCell());
        table.getColumns().add(verdict);
        table.getColumns().add(column(Messages.text("checks.column.check"), 300, ChecksViewModel.CheckRow::text));
        table.getColumns().add(column(Messages.text("checks.column.value"), 160, ChecksViewModel.CheckRow::value));
        setCenter(table);

        SpanCheckedField field =
                new SpanCheckedField(model.newCheck(), "check-text", "accuracy >= 0.9 on tag:\"car noise\"");
        HBox.setHgrow(field, Priority.ALWAYS);
        field.field().setOnAction(e -> model.add());
        Button add = new Button(Messages.text("checks.add"));
        add.setId("add-check");
        add.disableProperty().bind(model.newCheck().validProperty().not());
        add.setOnAction(e -> model.add());
        Button remove = new Button(Messages.text("checks.remove"));
        remove.setId("remove-check");
        remove.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedIndex()));
        HBox editor = new HBox(8, field, add, remove);
        editor.setAlignment(Pos.TOP_LEFT);
        Label summary = new Label();
        summary.setId("checks-summary");
        summary.getStyleClass().add("panel-note");
        summary.textProperty().bind(model.summaryProperty());
        VBox bottom = new VBox(4, summary, editor);
        bottom.getStyleClass().add("checks-editor");
        setBottom(bottom);
    }

    private static TableColumn<ChecksViewModel.CheckRow, String> column(
            String title, double width, Function<ChecksViewModel.CheckRow, String> text) {
        TableColumn<ChecksViewModel.CheckRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    /** PASS in the correct colour, FAIL in the error colour. */
    private static final class VerdictCell extends TableCell<ChecksViewModel.CheckRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            getStyleClass().removeAll("check-pass", "check-fail");
            ChecksViewModel.CheckRow row = empty ? null : getTableRow().getItem();
            if (row != null && row.verdict() != ChecksViewModel.Verdict.PENDING) {
                getStyleClass().add(row.verdict() == ChecksViewModel.Verdict.PASS ? "check-pass" : "check-fail");
            }
        }
    }
}
