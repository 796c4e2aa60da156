package dev.errata.ui.table;

import dev.errata.tags.TagDefinition;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.RowMarks;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * Text search, the errors / untagged / not reviewed toggles and the tag filter above the row table. It wraps
 * onto a second line where the table is narrow, rather than holding the table, and so the metric panel beside
 * it, to the width of all its controls in a row.
 */
public final class FilterBar extends FlowPane {

    private static final String ANY_TAG = Messages.text("filter.anyTag");

    private final ComboBox<String> tag = new ComboBox<>();

    public FilterBar(RowsViewModel model) {
        getStyleClass().add("filter-bar");
        TextField search = new TextField();
        search.setId("search-field");
        search.setPromptText(Messages.text("filter.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setMinWidth(160);
        CheckBox errors = toggle(Messages.text("filter.errors"), "errors-only", model.errorsOnlyProperty());
        CheckBox untagged = toggle(Messages.text("filter.untagged"), "untagged-only", model.untaggedProperty());
        CheckBox notReviewed =
                toggle(Messages.text("filter.notReviewed"), "not-reviewed-only", model.notReviewedProperty());
        tag.setId("tag-filter");
        tag.setMinWidth(USE_PREF_SIZE);
        fillTags(model.state().marks());
        tag.setValue(
                model.tagFilterProperty().get() == null
                        ? ANY_TAG
                        : model.tagFilterProperty().get());
        model.state()
                .revisionProperty()
                .addListener((obs, old, edits) -> fillTags(model.state().marks()));
        tag.valueProperty()
                .addListener((obs, old, value) ->
                        model.tagFilterProperty().set(value == null || ANY_TAG.equals(value) ? null : value));
        model.tagFilterProperty().addListener((obs, old, value) -> tag.setValue(value == null ? ANY_TAG : value));
        getChildren().addAll(search, errors, untagged, notReviewed, tag, subsetChip(model));
    }

    /** Says which plot rows limit the table, with a button that lifts the limit. */
    private static HBox subsetChip(RowsViewModel model) {
        Label text = new Label();
        text.setId("row-subset");
        text.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.subsetProperty().get() == null
                                ? ""
                                : model.subsetProperty().get().description(),
                        model.subsetProperty()));
        Button clear = new Button("✕");
        clear.setId("clear-row-subset");
        clear.setOnAction(e -> model.subsetProperty().set(null));
        HBox chip = new HBox(text, clear);
        chip.getStyleClass().add("row-subset");
        chip.visibleProperty().bind(model.subsetProperty().isNotNull());
        chip.managedProperty().bind(chip.visibleProperty());
        return chip;
    }

    private static CheckBox toggle(String text, String id, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        box.setMinWidth(USE_PREF_SIZE);
        return box;
    }

    private void fillTags(RowMarks marks) {
        List<String> names = new ArrayList<>(List.of(ANY_TAG));
        marks.tags().stream().map(TagDefinition::name).forEach(names::add);
        if (names.equals(tag.getItems())) {
            return;
        }
        String chosen = tag.getValue();
        tag.getItems().setAll(names);
        tag.setValue(chosen != null && names.contains(chosen) ? chosen : ANY_TAG);
    }
}
