package dev.errata.ui.analysis;

import dev.errata.metrics.SampleReview;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.text.SteadyText;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * A column of tag metrics that sorts by the number and shows it as the report package writes it; a cell
 * follows its line, so new numbers redraw only the cells they change, without a layout of the table.
 * Undefined values (NaN) sort after every number.
 */
final class MetricColumn {

    private MetricColumn() {}

    /**
     * A column as wide as its header or a count of a million rows. Never JavaFX's default width of 80, at
     * which a table sizes the column to its cells: it would measure a steady text at its first number.
     */
    static TableColumn<TagLine, Number> of(
            String title, ToDoubleFunction<TagMetricsRow> value, Function<TagMetricsRow, String> text) {
        return of(title, value, text, Math.max(90, 8 * title.length() + 24));
    }

    /** A column wide enough for a rate with its interval, "22.5% [12.3%, 37.4%] *". */
    static TableColumn<TagLine, Number> rate(
            String title, ToDoubleFunction<TagMetricsRow> value, Function<TagMetricsRow, String> text) {
        return of(title, value, text, 170);
    }

    /** A column of words read from the left, which sorts by {@code value}. */
    static TableColumn<TagLine, Number> text(
            String title, ToDoubleFunction<TagMetricsRow> value, Function<TagMetricsRow, String> text, double width) {
        TableColumn<TagLine, Number> column = of(title, value, text, width);
        column.getStyleClass().remove("number-column");
        return column;
    }

    /** A column of a given width. */
    static TableColumn<TagLine, Number> of(
            String title, ToDoubleFunction<TagMetricsRow> value, Function<TagMetricsRow, String> text, double width) {
        TableColumn<TagLine, Number> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.getStyleClass().add("number-column");
        column.setCellValueFactory(cell -> cell.getValue().rowProperty().map(row -> (Number) value.applyAsDouble(row)));
        column.setCellFactory(c -> new TableCell<>() {
            private final SteadyText shown = SteadyText.in(this);

            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                TagLine line = empty ? null : getTableRow().getItem();
                shown.setText(
                        line == null ? null : text.apply(line.rowProperty().get()));
            }
        });
        return column;
    }

    /**
     * How many reviews a hand tag still wants, to sort by: those its unknown values need first (a stratum
     * with none reviewed), then those for a precise gain; 0 for a tag counted over all rows.
     */
    static double reviewsWanted(TagMetricsRow row) {
        SampleReview r = row.metrics().review();
        if (r == null) {
            return 0;
        }
        return r.isComplete() ? Math.max(0, r.moreErrors()) + Math.max(0, r.moreCorrect()) : Double.POSITIVE_INFINITY;
    }

    static TableColumn<TagLine, String> name() {
        TableColumn<TagLine, String> column = new TableColumn<>(Messages.text("analysis.tag"));
        column.setPrefWidth(140);
        column.setCellValueFactory(cell -> cell.getValue().rowProperty().map(TagMetricsRow::name));
        // a rule tag's name may be a whole condition, cut to the column: the cell's tooltip holds it whole
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                whole.setText(name);
                setTooltip(empty || name == null ? null : whole);
            }
        });
        return column;
    }
}
