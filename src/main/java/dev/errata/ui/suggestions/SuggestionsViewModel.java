package dev.errata.ui.suggestions;

import dev.errata.data.Column;
import dev.errata.data.LoadedData;
import dev.errata.discovery.ConfusionSuggestion;
import dev.errata.discovery.RuleSuggestion;
import dev.errata.discovery.SearchSettings;
import dev.errata.discovery.SliceCondition;
import dev.errata.discovery.SliceSuggestions;
import dev.errata.discovery.Suggestion;
import dev.errata.report.NumberText;
import dev.errata.report.SuggestionsText;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagPalette;
import dev.errata.ui.background.Activity;
import dev.errata.ui.background.Job;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.review.ProposalContext;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowSubset;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.ConfusionSuggesting;
import dev.errata.workbench.SliceSuggesting;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Suggestions tab: weak slices, and a transcription's most frequent word confusions, found off the FX
 * thread as {@code errata suggest} finds them, each walked in review mode or confirmed as a rule tag. Only a
 * confirmed one changes the project.
 */
public final class SuggestionsViewModel {

    private final ProposalContext context;
    private final ProjectState state;
    private final ObservableList<RuleSuggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);

    public SuggestionsViewModel(ProposalContext context) {
        this.context = context;
        this.state = context.state();
    }

    /** The columns a search may slice by: every column that plays no role. */
    public List<String> candidateColumns() {
        LoadedData data = state.analysisNow().data();
        return data.dataset().columns().stream()
                .map(Column::name)
                .filter(name -> !data.roles().columns().contains(name))
                .toList();
    }

    /** Searches the project as it is now, unsaved edits included; the list is empty until the search ends. */
    public void search(SearchSettings settings) {
        Analysis analysis = state.analysisNow();
        suggestions.clear();
        searching.set(true);
        status.set(Messages.text("suggestions.searching"));
        context.background()
                .submit(new Job<>(
                        Messages.text("suggestions.searching"),
                        progress -> new Found(
                                SliceSuggesting.of(analysis, settings, progress),
                                ConfusionSuggesting.of(analysis, settings.top())),
                        this::show,
                        failure -> {
                            searching.set(false);
                            status.set(Messages.text("suggestions.failed") + ": " + failure.getMessage());
                            context.dialogs().showError(Messages.text("suggestions.failed"), failure.getMessage());
                        }));
        noticeCancel();
    }

    /**
     * A cancelled job calls back neither way: when the search's activity ends with the list still searching,
     * the Cancel button of the status bar stopped it. A search that ends well ends its activity first and then
     * shows what it found.
     */
    private void noticeCancel() {
        ObservableList<Activity> running = context.background().activities().running();
        if (running.isEmpty() || !searching.get()) {
            return;
        }
        Activity search = running.get(running.size() - 1);
        running.addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends Activity> change) {
                if (!running.contains(search)) {
                    running.removeListener(this);
                    if (searching.get()) {
                        searching.set(false);
                        status.set(Messages.text("suggestions.cancelled"));
                    }
                }
            }
        });
    }

    /** What one search found: the slices, then the word confusions. */
    private record Found(SliceSuggestions slices, List<ConfusionSuggestion> confusions) {}

    private void show(Found both) {
        SliceSuggestions found = both.slices();
        searching.set(false);
        suggestions.setAll(found.suggestions());
        suggestions.addAll(both.confusions());
        String slices = found.suggestions().isEmpty()
                ? Messages.text("suggestions.none", NumberText.count(found.evaluated()))
                : Messages.text("suggestions.found", found.suggestions().size(), SuggestionsText.summary(found));
        status.set(
                both.confusions().isEmpty()
                        ? slices
                        : slices
                                + (slices.endsWith(".") ? " " : ". ")
                                + Messages.text(
                                        "suggestions.confusions",
                                        both.confusions().size()));
    }

    /** Shows the slice's rows alone in the table, its first row selected, so J, K, the tag keys and R walk them. */
    public void walk(RuleSuggestion suggestion) {
        context.walk(
                RowSubset.of(
                        Messages.text(
                                "suggestions.walking",
                                NumberText.count(suggestion.rows().getCardinality()),
                                suggestion.rule()),
                        suggestion.rows()),
                suggestion.rows().first());
    }

    /** Asks for the tag's name, proposed from the rule, and adds the rule tag as one edit that undo takes back. */
    public void makeRuleTag(RuleSuggestion suggestion) {
        String failed = Messages.text("suggestions.failed");
        context.dialogs()
                .askText(
                        Messages.text("suggestions.tagName.title"),
                        Messages.text("suggestions.tagName.prompt", suggestion.rule()),
                        state.freeTagName(proposedName(suggestion)))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .ifPresent(name -> state.edit(
                        failed,
                        session -> session.createTag(TagDefinition.rule(
                                name, TagPalette.color(session.tags().size()), suggestion.rule()))));
    }

    /**
     * "age_group 45-54, is_active 0": a slice's conditions without the rule language's quotes and equals
     * signs; "to → two": a confusion in words.
     */
    static String proposedName(RuleSuggestion proposed) {
        return proposed instanceof ConfusionSuggestion confusion
                ? SuggestionsText.confusion(confusion)
                : sliceName((Suggestion) proposed);
    }

    private static String sliceName(Suggestion suggestion) {
        return suggestion.conditions().stream()
                .map(SuggestionsViewModel::conditionName)
                .collect(Collectors.joining(", "));
    }

    private static String conditionName(SliceCondition condition) {
        String value = condition.isText() ? condition.text() : NumberText.data(condition.number());
        return condition.op().equals("==")
                ? condition.column() + " " + value
                : condition.column() + " " + condition.op() + " " + value;
    }

    public ObservableList<RuleSuggestion> suggestions() {
        return suggestions;
    }

    /** What the tab is doing, or what the last search found. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}
