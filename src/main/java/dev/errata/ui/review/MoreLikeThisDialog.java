package dev.errata.ui.review;

import dev.errata.discovery.MoreLikeThis;
import dev.errata.report.NumberText;
import dev.errata.ui.messages.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The rule learnt for a hand tag, its cross-validated precision and recall, and what to do with it. */
public final class MoreLikeThisDialog extends Dialog<MoreLikeThisChoice> {

    public MoreLikeThisDialog(Window owner, String tag, MoreLikeThis found) {
        initOwner(owner);
        setTitle(Messages.text("moreLike.title", tag));
        setHeaderText(Messages.text(
                "moreLike.header", NumberText.count(found.members()), NumberText.count(found.reviewed())));
        VBox content = new VBox(8);
        ButtonType ruleTag = new ButtonType(Messages.text("moreLike.ruleTag"), ButtonBar.ButtonData.LEFT);
        ButtonType review = new ButtonType(Messages.text("moreLike.review"), ButtonBar.ButtonData.OK_DONE);
        if (found.found()) {
            TextField rule = new TextField(found.rule());
            rule.setId("more-like-rule");
            rule.setEditable(false);
            rule.setPrefColumnCount(50);
            Label figures = new Label(Messages.text(
                    "moreLike.figures",
                    NumberText.percent(found.precision()),
                    NumberText.percent(found.recall()),
                    NumberText.count(found.rows().getLongCardinality()),
                    NumberText.count(found.unreviewed().size())));
            figures.setId("more-like-figures");
            content.getChildren().addAll(rule, figures);
            getDialogPane().getButtonTypes().add(ruleTag);
            if (!found.unreviewed().isEmpty()) {
                getDialogPane().getButtonTypes().add(review);
            }
        } else {
            content.getChildren().add(new Label(Messages.text("moreLike.none")));
        }
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(content);
        setResultConverter(button -> button == ruleTag
                ? MoreLikeThisChoice.RULE_TAG
                : button == review ? MoreLikeThisChoice.REVIEW : MoreLikeThisChoice.CLOSE);
    }
}
