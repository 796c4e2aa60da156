package dev.errata.ui.review;

import dev.errata.ui.messages.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks how many errors and correct rows to draw for review, the column to stratify by and the seed. */
public final class SampleDrawDialog extends Dialog<Boolean> {

    private static final String NONE = Messages.text("queue.draw.strata.none");

    public SampleDrawDialog(Window owner, SampleDrawViewModel model) {
        initOwner(owner);
        setTitle(Messages.text("queue.draw.title"));
        setHeaderText(Messages.text("queue.draw.header"));
        Label seedHint = hint("queue.draw.seed.hint");
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, new Label(Messages.text("queue.draw.errors")), field("sample-errors", model.errorsProperty()));
        form.addRow(
                1, new Label(Messages.text("queue.draw.correct")), field("sample-correct", model.correctProperty()));
        form.addRow(2, new Label(Messages.text("queue.draw.strata")), strataChoice(model));
        form.addRow(
                3, new Label(Messages.text("queue.draw.seed")), field("sample-seed", model.seedProperty()), seedHint);
        form.addRow(
                4,
                new Label(Messages.text("queue.draw.split")),
                field("sample-split", model.analystsProperty()),
                hint("queue.draw.split.hint"));
        form.addRow(
                5,
                new Label(Messages.text("queue.draw.overlap")),
                field("sample-overlap", model.overlapProperty()),
                hint("queue.draw.overlap.hint"));

        VBox content = new VBox(8, new Label(model.available()), form);
        model.replaces().ifPresent(text -> {
            Label replaces = new Label(text);
            replaces.setId("sample-replaces");
            content.getChildren().add(replaces);
        });
        Label problem = new Label();
        problem.setId("sample-problem");
        problem.getStyleClass().add("rule-problem");
        problem.textProperty().bind(model.problemProperty());
        content.getChildren().add(problem);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(model.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK);
    }

    private static Label hint(String key) {
        Label hint = new Label(Messages.text(key));
        hint.getStyleClass().add("panel-note");
        return hint;
    }

    private static TextField field(String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        field.setPrefColumnCount(10);
        return field;
    }

    /** None, then the columns; null stands for none. */
    private static ComboBox<String> strataChoice(SampleDrawViewModel model) {
        List<String> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(model.strataColumns());
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choices);
        box.setId("sample-strata");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String column) {
                return column == null ? NONE : column;
            }

            @Override
            public String fromString(String text) {
                return NONE.equals(text) ? null : text;
            }
        });
        box.valueProperty().bindBidirectional(model.strataColumnProperty());
        return box;
    }
}
