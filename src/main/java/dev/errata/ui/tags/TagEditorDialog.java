package dev.errata.ui.tags;

import dev.errata.tags.TagKind;
import dev.errata.ui.text.SpanCheckedField;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/** Asks for a new tag: its name, colour and kind, and the rule of a rule tag. */
public final class TagEditorDialog extends Dialog<Boolean> {

    public TagEditorDialog(Window owner, TagEditorViewModel model) {
        initOwner(owner);
        setTitle("New tag");
        setHeaderText("New tag");
        TextField name = new TextField();
        name.setId("tag-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        ColorPicker color = new ColorPicker(Color.web(model.colorProperty().get()));
        color.valueProperty().addListener((obs, old, value) -> model.colorProperty().set(WebColor.of(value)));
        ToggleGroup kinds = new ToggleGroup();
        RadioButton hand = new RadioButton("by hand");
        hand.setId("kind-hand");
        RadioButton rule = new RadioButton("by rule");
        rule.setId("kind-rule");
        hand.setToggleGroup(kinds);
        rule.setToggleGroup(kinds);
        kinds.selectToggle(model.kindProperty().get() == TagKind.RULE ? rule : hand);
        kinds.selectedToggleProperty().addListener((obs, old, chosen) ->
                model.kindProperty().set(chosen == rule ? TagKind.RULE : TagKind.HAND));
        SpanCheckedField ruleField = new SpanCheckedField(model.rule(), "rule-text", "device == \"android\" and snr < 10");
        ruleField.disableProperty().bind(rule.selectedProperty().not());

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Colour"), color);
        form.addRow(2, new Label("Rows"), new HBox(12, hand, rule));
        form.addRow(3, new Label("Rule"), ruleField);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(model.completeProperty().not());
        setResultConverter(button -> button == ButtonType.OK);
        setOnShown(e -> name.requestFocus());
    }
}
