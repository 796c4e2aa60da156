package dev.errata.ui.suggestions;

import dev.errata.discovery.SearchSettings;
import dev.errata.ui.messages.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The search's settings in the Suggestions tab, the options {@code errata suggest} takes: the most conditions,
 * how many slices, α, the minimum support (0 for the default) and the columns to slice by (all when none is
 * ticked, or every one is).
 */
final class SearchSettingsForm extends FlowPane {

    /** A minimum support above a column's worth of rows finds nothing; this bound only keeps the field sane. */
    private static final int MOST_ROWS = 1_000_000_000;

    private final Spinner<Integer> conditions;
    private final Spinner<Integer> top;
    private final Spinner<Double> alpha;
    private final Spinner<Integer> minSupport;
    private final List<CheckMenuItem> columns;

    SearchSettingsForm(List<String> candidates) {
        super(12, 4);
        getStyleClass().add("search-settings");
        SearchSettings defaults = SearchSettings.DEFAULT;
        conditions = spinner(new Spinner<>(1, 4, defaults.maxConditions()), "suggestions-conditions", 60);
        top = spinner(new Spinner<>(1, 100, defaults.top()), "suggestions-top", 70);
        alpha = spinner(new Spinner<>(0.05, 1.0, defaults.alpha(), 0.05), "suggestions-alpha", 80);
        minSupport = spinner(new Spinner<>(0, MOST_ROWS, defaults.minSupport(), 10), "suggestions-min-support", 100);
        columns = candidates.stream().map(CheckMenuItem::new).toList();
        MenuButton columnMenu = new MenuButton();
        columnMenu.setId("suggestions-columns");
        columnMenu.getItems().setAll(columns);
        columnMenu.setText(columnsText());
        columns.forEach(
                item -> item.selectedProperty().addListener((seen, was, is) -> columnMenu.setText(columnsText())));
        getChildren()
                .setAll(
                        field("suggestions.settings.conditions", conditions),
                        field("suggestions.settings.top", top),
                        field("suggestions.settings.alpha", alpha),
                        field("suggestions.settings.minSupport", minSupport),
                        columnMenu);
    }

    /** The settings as the form shows them; a field whose text is no number goes back to its last value. */
    SearchSettings settings() {
        List.of(conditions, top, alpha, minSupport).forEach(SearchSettingsForm::commit);
        List<String> chosen = columns.stream()
                .filter(CheckMenuItem::isSelected)
                .map(CheckMenuItem::getText)
                .toList();
        return new SearchSettings(
                conditions.getValue(),
                top.getValue(),
                alpha.getValue(),
                minSupport.getValue(),
                false,
                chosen.size() == columns.size() ? List.of() : chosen);
    }

    private String columnsText() {
        long ticked = columns.stream().filter(CheckMenuItem::isSelected).count();
        return ticked == 0 || ticked == columns.size()
                ? Messages.text("suggestions.settings.allColumns")
                : Messages.text("suggestions.settings.someColumns", ticked);
    }

    private static void commit(Spinner<?> spinner) {
        try {
            spinner.commitValue();
        } catch (RuntimeException notANumber) {
            spinner.cancelEdit();
        }
    }

    private static <T> Spinner<T> spinner(Spinner<T> spinner, String id, double width) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(width);
        // a value typed in counts when the field is left, not only on Enter
        spinner.focusedProperty().addListener((seen, was, is) -> {
            if (!is) {
                commit(spinner);
            }
        });
        return spinner;
    }

    private static Node field(String label, Spinner<?> spinner) {
        Label name = new Label(Messages.text(label));
        name.setLabelFor(spinner);
        HBox field = new HBox(4, name, spinner);
        field.setAlignment(Pos.CENTER_LEFT);
        return field;
    }
}
