package dev.errata.ui.suggestions;

import dev.errata.discovery.RuleSuggestion;
import dev.errata.discovery.Suggestion;
import dev.errata.keymap.KeyAction;
import dev.errata.keymap.KeyGroup;
import dev.errata.report.NumberText;
import dev.errata.report.SuggestionsText;
import dev.errata.ui.keys.KeyBindings;
import dev.errata.ui.messages.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The Suggestions tab: the search's settings, the weak slices best first and then a transcription's most
 * frequent word confusions, with buttons and keys to walk the chosen one's rows and to make it a rule tag. Searches when made, that is when the tab is first shown.
 */
public final class SuggestionsView extends BorderPane {

    /** The tab's keys, in the order the keymap lists them. */
    private static final List<KeyAction> KEYS = Arrays.stream(KeyAction.values())
            .filter(action -> action.group() == KeyGroup.SUGGESTIONS)
            .toList();

    public SuggestionsView(SuggestionsViewModel model, KeyBindings keys) {
        getStyleClass().add("suggestions");
        TableView<RuleSuggestion> list = new TableView<>(model.suggestions());
        list.setId("suggestions");
        list.getColumns().add(column("suggestions.rule", RuleSuggestion::rule, 260, false));
        list.getColumns().add(column("suggestions.rows", s -> NumberText.count(s.size()), 70, true));
        list.getColumns().add(column("suggestions.errors", s -> NumberText.count(s.errors()), 70, true));
        list.getColumns().add(column("suggestions.errorRate", s -> NumberText.withInterval(s.errorRate()), 170, true));
        list.getColumns().add(column("suggestions.lift", SuggestionsText::lift, 60, true));
        list.getColumns().add(column("suggestions.share", s -> NumberText.percent(s.errorShare()), 110, true));
        list.getColumns()
                .add(column(
                        "suggestions.qValue",
                        // a confusion is a count of what happened, with no test against chance to correct
                        s -> s instanceof Suggestion slice ? SuggestionsText.qValue(slice) : "—",
                        80,
                        true));
        list.getColumns().add(column("suggestions.coveredBy", SuggestionsText::coveredBy, 150, false));
        list.setPlaceholder(statusLabel(model));
        list.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        SearchSettingsForm form = new SearchSettingsForm(model.candidateColumns());
        Button again = new Button(Messages.text("suggestions.searchAgain"));
        again.setId("suggestions-search");
        again.disableProperty().bind(model.searchingProperty());
        again.setOnAction(e -> model.search(form.settings()));
        Button walk = chosenButton("suggestions-walk", "suggestions.walk", list, model::walk);
        Button tag = chosenButton("suggestions-tag", "suggestions.tag", list, model::makeRuleTag);
        FlowPane buttons = new FlowPane(8, 4, again, walk, tag);
        Label status = statusLabel(model);
        status.setId("suggestions-status");
        // the pane is narrow beside the table: the chosen rule is written out in full here, as a tag would take it
        Label rule = new Label();
        rule.setId("suggestions-rule");
        rule.setWrapText(true);
        rule.getStyleClass().add("rule-echo");
        rule.textProperty()
                .bind(list.getSelectionModel()
                        .selectedItemProperty()
                        .map(RuleSuggestion::rule)
                        .orElse(""));
        VBox top = new VBox(4, form, buttons, status, rule);
        top.setPadding(new Insets(6));
        setTop(top);
        setCenter(list);

        // a key presses its button, so after a walk the keys are the row table's, as after a click
        list.addEventHandler(
                KeyEvent.KEY_PRESSED,
                event -> keys.actionOf(event, KEYS).ifPresent(action -> {
                    switch (action) {
                        case WALK_SUGGESTION -> walk.fire();
                        case TAG_SUGGESTION -> tag.fire();
                        default -> throw new IllegalStateException("not a suggestions key: " + action);
                    }
                    event.consume();
                }));
        // the best suggestion is chosen as it arrives, so its keys work at once
        model.suggestions().addListener((ListChangeListener<RuleSuggestion>) change -> {
            if (!model.suggestions().isEmpty()) {
                list.getSelectionModel().selectFirst();
                list.requestFocus();
            }
        });
        model.search(form.settings());
    }

    private static Label statusLabel(SuggestionsViewModel model) {
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        return status;
    }

    private static Button chosenButton(
            String id, String text, TableView<RuleSuggestion> list, Consumer<RuleSuggestion> act) {
        Button button = new Button(Messages.text(text));
        button.setId(id);
        button.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> act.accept(list.getSelectionModel().getSelectedItem()));
        return button;
    }

    private static TableColumn<RuleSuggestion, String> column(
            String title, Function<RuleSuggestion, String> text, double width, boolean number) {
        TableColumn<RuleSuggestion, String> column = new TableColumn<>(Messages.text(title));
        column.setPrefWidth(width);
        column.setSortable(false);
        if (number) {
            column.getStyleClass().add("number-column");
        }
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
