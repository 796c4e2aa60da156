package dev.errata.ui.plots.words;

import dev.errata.metrics.WordConfusions.Confusion;
import dev.errata.ui.messages.Messages;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The table of the words a recogniser confuses most: "two" → "to", dropped and added words. */
public final class WordConfusionsView extends BorderPane {

    public WordConfusionsView(WordConfusionsViewModel model) {
        TableView<Confusion> table = new TableView<>(model.confusions());
        table.setId("word-confusions");
        table.getColumns().add(column("words.said", 160, c -> c.reference().isEmpty() ? "—" : c.reference()));
        table.getColumns()
                .add(column("words.recognised", 160, c -> c.recognised().isEmpty() ? "—" : c.recognised()));
        table.getColumns()
                .add(column(
                        "words.kind",
                        120,
                        c -> Messages.text("words.kind." + c.kind().name().toLowerCase(Locale.ROOT))));
        TableColumn<Confusion, Long> count = new TableColumn<>(Messages.text("words.count"));
        count.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().count()));
        count.setPrefWidth(80);
        table.getColumns().add(count);
        table.setPlaceholder(new Label(Messages.text("words.none")));
        Label note = new Label(Messages.text("words.note"));
        note.getStyleClass().add("panel-note");
        setTop(note);
        setCenter(table);
        // a double-click filters the table to the rows that hold the confusion, to walk them
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                model.showRows(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private static TableColumn<Confusion, String> column(String key, double width, Function<Confusion, String> text) {
        TableColumn<Confusion, String> column = new TableColumn<>(Messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
