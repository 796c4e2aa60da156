package dev.errata.ui.tags;

import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.TagMetrics;
import dev.errata.report.NumberText;
import dev.errata.report.SampleText;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagPalette;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ItemsUpdate;
import dev.errata.ui.session.ProjectState;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.roaringbitmap.RoaringBitmap;

/** The tag sidebar: every tag with its rows and share of the errors, and the commands that change tags. */
public final class TagListViewModel {

    private final ProjectState state;
    private final TagDialogs dialogs;
    private final ObservableList<TagItem> items = FXCollections.observableArrayList();

    public TagListViewModel(ProjectState state, TagDialogs dialogs) {
        this.state = state;
        this.dialogs = dialogs;
        state.revisionProperty().addListener((obs, old, edits) -> refresh());
        refresh();
    }

    private void refresh() {
        MetricsSnapshot snapshot = state.snapshot();
        Map<String, TagMetrics> metrics = snapshot.tags().stream()
                .collect(Collectors.toMap(TagMetrics::name, Function.identity(), (a, b) -> a));
        List<TagDefinition> tags = state.marks().tags();
        if (!items.stream().map(TagItem::definition).toList().equals(tags)) {
            ItemsUpdate.keepUnchanged(items, tags.stream().map(tag -> items.stream()
                    .filter(item -> item.definition().equals(tag)).findFirst().orElseGet(() -> new TagItem(tag))).toList());
        }
        items.forEach(item -> item.show(summary(item.definition(), metrics.get(item.name()))));
    }

    /**
     * "106 rows · 12.0% of errors", and for a hand tag "106 of 120 reviewed · 23.1% of errors (est.)": the rows
     * the metrics count, as the metric panel says them ({@link SampleText#basis}), and the error share it
     * shows. Hand-tagged rows not yet reviewed count in no metric, so they are named apart, not added.
     */
    private String summary(TagDefinition tag, TagMetrics metrics) {
        if (metrics == null) {
            return "";
        }
        if (!metrics.isEstimated()) {
            return SampleText.basis(metrics) + " · " + NumberText.percent(metrics.errorShare().value()) + " of errors";
        }
        long notReviewed = RoaringBitmap.andNotCardinality(state.marks().rowsOf(tag.name()), state.marks().reviewed());
        return SampleText.basis(metrics) + " · " + NumberText.percent(metrics.errorShare().value()) + " of errors (est.)"
                + (notReviewed == 0 ? "" : " · " + Messages.text("tags.notReviewed", NumberText.count(notReviewed), notReviewed));
    }

    /** Asks for a new tag and creates it with the first free shortcut key. */
    public void create() {
        TagEditorViewModel editor = new TagEditorViewModel(state.session().dataset(), TagPalette.color(items.size()));
        if (dialogs.editTag(editor) && editor.completeProperty().get()) {
            TagDefinition tag = editor.definition();
            TagDefinition withKey = tag.withSettings(null, null, null, freeShortcut());
            state.edit("Cannot create tag \"" + tag.name() + "\"", session -> session.createTag(withKey));
        }
    }

    /** Asks for a new rule (of a rule tag) and description, and changes what differs from the tag's. */
    public void editDefinition(String tag) {
        state.marks().tag(tag).ifPresent(definition -> {
            TagEditorViewModel editor = TagEditorViewModel.editing(state.session().dataset(), definition);
            if (dialogs.editTag(editor) && editor.completeProperty().get()) {
                TagDefinition changed = editor.definition();
                state.edit(Messages.text("tags.edit.failed", tag), session -> {
                    if (changed.rule() != null && !changed.rule().equals(definition.rule())) {
                        session.changeRule(tag, changed.rule());
                    }
                    if (!changed.description().equals(definition.description())) {
                        session.describeTag(tag, changed.description());
                    }
                });
            }
        });
    }

    private Integer freeShortcut() {
        return IntStream.rangeClosed(1, 9)
                .filter(key -> state.marks().tagWithShortcut(key).isEmpty())
                .boxed().findFirst().orElse(null);
    }

    public void rename(String tag) {
        dialogs.askText("Rename tag", "New name of \"" + tag + "\"", tag)
                .filter(name -> !name.isBlank())
                .ifPresent(name -> state.edit("Cannot rename tag \"" + tag + "\"", session -> session.renameTag(tag, name)));
    }

    public void recolor(String tag) {
        String current = state.marks().tag(tag).map(TagDefinition::color).orElse(TagPalette.color(0));
        dialogs.askColor("Colour of \"" + tag + "\"", current)
                .ifPresent(color -> state.edit("Cannot recolour tag \"" + tag + "\"", session -> session.recolorTag(tag, color)));
    }

    /** Deletes a tag; Undo brings it back with its rows. */
    public void delete(String tag) {
        state.edit("Cannot delete tag \"" + tag + "\"", session -> session.deleteTag(tag));
    }

    /** Asks for baseline, ease, importance and shortcut key. */
    public void editSettings(String tag) {
        state.marks().tag(tag).ifPresent(definition -> {
            TagSettingsViewModel settings = new TagSettingsViewModel(definition);
            if (dialogs.editTagSettings(settings) && settings.validProperty().get()) {
                state.edit("Cannot change tag \"" + tag + "\"", session -> session.updateTagSettings(tag,
                        settings.baselineFraction(), settings.easeProperty().get(), settings.importanceProperty().get(),
                        settings.shortcutProperty().get()));
            }
        });
    }

    public ObservableList<TagItem> items() {
        return items;
    }
}
