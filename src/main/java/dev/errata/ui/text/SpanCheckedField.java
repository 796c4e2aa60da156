package dev.errata.ui.text;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A text field for a rule or a check with the text echoed below it, the offending part underlined in the
 * error colour, and what is wrong with it.
 */
public final class SpanCheckedField extends VBox {

    private final SpanCheckedText model;
    private final TextField field = new TextField();
    private final TextFlow echo = new TextFlow();

    /** @param id the field's id; the problem's label gets {@code id + "-problem"} */
    public SpanCheckedField(SpanCheckedText model, String id, String prompt) {
        this.model = model;
        getStyleClass().add("rule-field");
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(model.textProperty());
        echo.getStyleClass().add("rule-echo");
        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.getStyleClass().add("rule-problem");
        problem.textProperty().bind(model.problemProperty());
        model.problemOffsetProperty().addListener((obs, old, value) -> showProblem());
        model.textProperty().addListener((obs, old, value) -> showProblem());
        showProblem();
        getChildren().addAll(field, echo, problem);
    }

    public TextField field() {
        return field;
    }

    private void showProblem() {
        String text = model.textProperty().get();
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
