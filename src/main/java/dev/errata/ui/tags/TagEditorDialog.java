package dev.errata.ui.tags;

import dev.errata.tags.TagKind;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.text.SpanCheckedField;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The tag editor: a new tag or an existing one, its name, colour, kind (a new tag's), rule or source column,
 * description, baseline, ease, importance and shortcut key, with what keeps it from being saved in words.
 */
public final class TagEditorDialog extends Dialog<Boolean> {

    public TagEditorDialog(Window owner, TagEditorViewModel model) {
        initOwner(owner);
        String title = model.isEditing()
                ? Messages.text("tags.edit.title", model.nameProperty().get())
                : Messages.text("tags.new.title");
        setTitle(title);
        setHeaderText(title);
        TextField name = new TextField();
        name.setId("tag-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        ColorPicker color = new ColorPicker(Color.web(model.colorProperty().get()));
        color.valueProperty()
                .addListener((obs, old, value) -> model.colorProperty().set(WebColor.of(value)));
        ToggleGroup kinds = new ToggleGroup();
        RadioButton hand = new RadioButton(Messages.text("tags.kind.hand"));
        hand.setId("kind-hand");
        RadioButton rule = new RadioButton(Messages.text("tags.kind.rule"));
        rule.setId("kind-rule");
        RadioButton imported = new RadioButton(Messages.text("tags.kind.imported"));
        imported.setId("kind-imported");
        // a file without a flag column has nothing to import from
        imported.setDisable(model.flagColumns().isEmpty());
        Map<TagKind, RadioButton> kindButtons =
                Map.of(TagKind.HAND, hand, TagKind.RULE, rule, TagKind.IMPORTED, imported);
        kindButtons.values().forEach(button -> button.setToggleGroup(kinds));
        kinds.selectToggle(kindButtons.get(model.kindProperty().get()));
        kinds.selectedToggleProperty()
                .addListener((obs, old, chosen) -> kindButtons.forEach((kind, button) -> {
                    if (button == chosen) {
                        model.kindProperty().set(kind);
                    }
                }));
        SpanCheckedField ruleField =
                new SpanCheckedField(model.rule(), "rule-text", "device == \"android\" and snr < 10");
        ruleField.disableProperty().bind(rule.selectedProperty().not());
        ComboBox<String> column = new ComboBox<>(model.flagColumns());
        column.setId("tag-column");
        column.setPromptText(Messages.text("tags.column.prompt"));
        column.valueProperty().bindBidirectional(model.sourceColumnProperty());
        column.disableProperty().bind(imported.selectedProperty().not());
        TextField description = new TextField();
        description.setId("tag-description");
        description.textProperty().bindBidirectional(model.descriptionProperty());
        HBox kindChoice = new HBox(12, hand, rule, imported);
        // an existing tag keeps its kind and the column it was read from
        kindChoice.setDisable(model.isEditing());
        if (model.isEditing()) {
            column.disableProperty().unbind();
            column.setDisable(true);
        }
        TagSettingsViewModel settings = model.settings();
        TextField baseline = new TextField();
        baseline.setId("baseline-field");
        baseline.setPromptText(Messages.text("tags.settings.baseline.prompt"));
        baseline.textProperty().bindBidirectional(settings.baselineProperty());
        Label problem = new Label();
        problem.setId("tag-problem");
        problem.getStyleClass().add("rule-problem");
        problem.textProperty().bind(model.problemProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, new Label(Messages.text("tags.field.name")), name);
        form.addRow(1, new Label(Messages.text("tags.field.colour")), color);
        form.addRow(2, new Label(Messages.text("tags.field.rows")), kindChoice);
        form.addRow(3, new Label(Messages.text("tags.field.rule")), ruleField);
        form.addRow(4, new Label(Messages.text("tags.field.column")), column);
        form.addRow(5, new Label(Messages.text("tags.field.description")), description);
        form.addRow(6, new Label(Messages.text("tags.settings.baseline")), baseline);
        form.addRow(
                7, new Label(Messages.text("tags.settings.ease")), choice(settings.easeProperty(), 5, "ease-choice"));
        form.addRow(
                8,
                new Label(Messages.text("tags.settings.importance")),
                choice(settings.importanceProperty(), 5, "importance-choice"));
        form.addRow(
                9,
                new Label(Messages.text("tags.settings.shortcut")),
                choice(settings.shortcutProperty(), 9, "shortcut-choice"));
        form.add(problem, 0, 10, 2, 1);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(model.completeProperty().not());
        setResultConverter(button -> button == ButtonType.OK);
        setOnShown(e -> name.requestFocus());
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
