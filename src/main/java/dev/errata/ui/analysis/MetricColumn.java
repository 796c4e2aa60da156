package dev.errata.ui.analysis;

import dev.errata.ui.messages.Messages;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * A column of tag metrics that sorts by the number and shows it as the report package writes it.
 * Undefined values (NaN) sort after every number.
 */
final class MetricColumn {

    private MetricColumn() {
    }

    /** A column as wide as its header or a plain number. */
    static TableColumn<TagMetricsRow, Number> of(String title, ToDoubleFunction<TagMetricsRow> value,
            Function<TagMetricsRow, String> text) {
        return of(title, value, text, Math.max(80, 8 * title.length() + 24));
    }

    /** A column wide enough for a rate with its interval, "22.5% [12.3%, 37.4%] *". */
    static TableColumn<TagMetricsRow, Number> rate(String title, ToDoubleFunction<TagMetricsRow> value,
            Function<TagMetricsRow, String> text) {
        return of(title, value, text, 170);
    }

    private static TableColumn<TagMetricsRow, Number> of(String title, ToDoubleFunction<TagMetricsRow> value,
            Function<TagMetricsRow, String> text, double width) {
        TableColumn<TagMetricsRow, Number> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.getStyleClass().add("number-column");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                TagMetricsRow row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : text.apply(row));
            }
        });
        return column;
    }

    static TableColumn<TagMetricsRow, String> name() {
        TableColumn<TagMetricsRow, String> column = new TableColumn<>(Messages.text("analysis.tag"));
        column.setPrefWidth(140);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().name()));
        return column;
    }
}
