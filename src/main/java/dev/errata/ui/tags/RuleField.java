package dev.errata.ui.tags;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A rule's text field with the rule echoed below it, the offending part underlined in the error colour,
 * and what is wrong with it.
 */
final class RuleField extends VBox {

    private final TagEditorViewModel model;
    private final TextFlow echo = new TextFlow();
    private final Label problem = new Label();

    RuleField(TagEditorViewModel model) {
        this.model = model;
        getStyleClass().add("rule-field");
        TextField field = new TextField();
        field.setId("rule-text");
        field.setPromptText("device == \"android\" and snr < 10");
        field.textProperty().bindBidirectional(model.ruleProperty());
        echo.getStyleClass().add("rule-echo");
        problem.setId("rule-problem");
        problem.getStyleClass().add("rule-problem");
        problem.textProperty().bind(model.ruleProblemProperty());
        model.problemOffsetProperty().addListener((obs, old, value) -> showProblem());
        model.ruleProperty().addListener((obs, old, value) -> showProblem());
        showProblem();
        getChildren().addAll(field, echo, problem);
    }

    private void showProblem() {
        String text = model.ruleProperty().get();
        int offset = model.problemOffsetProperty().get();
        if (offset < 0) {
            echo.getChildren().clear();
            return;
        }
        int end = Math.min(text.length(), offset + model.problemLengthProperty().get());
        // an unexpected end points one past the text: mark a blank there so the user sees where
        String marked = end > offset ? text.substring(offset, end) : " ";
        Text bad = new Text(marked);
        bad.getStyleClass().add("rule-error-part");
        echo.getChildren().setAll(new Text(text.substring(0, offset)), bad, new Text(text.substring(end)));
    }
}
