package dev.errata.ui.tags;

import dev.errata.ui.messages.Messages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Edits a tag's baseline, ease, importance and shortcut key. */
public final class TagSettingsDialog extends Dialog<Boolean> {

    public TagSettingsDialog(Window owner, TagSettingsViewModel model) {
        initOwner(owner);
        setTitle(Messages.text("tags.settings.title"));
        setHeaderText(Messages.text("tags.settings.header", model.tag()));
        TextField baseline = new TextField();
        baseline.setId("baseline-field");
        baseline.setPromptText(Messages.text("tags.settings.baseline.prompt"));
        baseline.textProperty().bindBidirectional(model.baselineProperty());
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, new Label(Messages.text("tags.settings.baseline")), baseline);
        form.addRow(1, new Label(Messages.text("tags.settings.ease")), choice(model.easeProperty(), 5, "ease-choice"));
        form.addRow(2, new Label(Messages.text("tags.settings.importance")),
                choice(model.importanceProperty(), 5, "importance-choice"));
        form.addRow(3, new Label(Messages.text("tags.settings.shortcut")), choice(model.shortcutProperty(), 9, "shortcut-choice"));
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(model.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK);
    }

    /** A choice of 1 to max, or none (null). */
    private static ComboBox<Integer> choice(ObjectProperty<Integer> property, int max, String id) {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        for (int i = 1; i <= max; i++) {
            box.getItems().add(i);
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? Messages.text("tags.settings.none") : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                return List.of(Messages.text("tags.settings.none"), "").contains(text) ? null : Integer.valueOf(text);
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
