package dev.errata.ui.review;

import dev.errata.data.WordAlignment;
import dev.errata.data.WordAlignment.Step;
import dev.errata.ui.messages.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A transcript aligned with its reference, word by word: a misheard word shows what was said and what was
 * recognised ("two→to"), a dropped word is struck through, an added word is marked with +, each in its colour.
 */
final class AlignmentView extends TextFlow {

    AlignmentView(ObservableList<Step> steps) {
        setId("row-alignment");
        getStyleClass().add("row-alignment");
        show(steps);
        steps.addListener((ListChangeListener<Step>) change -> show(steps));
    }

    private void show(List<Step> steps) {
        List<Node> words = new ArrayList<>();
        if (!steps.isEmpty()) {
            Text title = new Text(Messages.text("review.alignment") + "  ");
            title.getStyleClass().add("alignment-title");
            words.add(title);
        }
        for (Step step : steps) {
            words.add(word(step));
            words.add(new Text(" "));
        }
        getChildren().setAll(words);
        setManaged(!steps.isEmpty());
        setVisible(!steps.isEmpty());
    }

    private static Text word(Step step) {
        Text text = new Text(
                switch (step.kind()) {
                    case MATCH -> step.reference();
                    case SUBSTITUTION -> step.reference() + "→" + step.recognised();
                    case DELETION -> step.reference();
                    case INSERTION -> "+" + step.recognised();
                });
        text.getStyleClass().add("alignment-" + step.kind().name().toLowerCase(java.util.Locale.ROOT));
        text.setStrikethrough(step.kind() == WordAlignment.Kind.DELETION);
        return text;
    }
}
