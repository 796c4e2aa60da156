package dev.errata.ui.tags;

import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.TagMetrics;
import dev.errata.report.NumberText;
import dev.errata.report.SampleText;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagPalette;
import dev.errata.tags.TagSession;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ItemsUpdate;
import dev.errata.ui.session.ProjectState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Map<String, TagMetrics> metrics =
                snapshot.tags().stream().collect(Collectors.toMap(TagMetrics::name, Function.identity(), (a, b) -> a));
        List<TagDefinition> tags = state.marks().tags();
        if (!items.stream().map(TagItem::definition).toList().equals(tags)) {
            ItemsUpdate.keepUnchanged(
                    items,
                    tags.stream()
                            .map(tag -> items.stream()
                                    .filter(item -> item.definition().equals(tag))
                                    .findFirst()
                                    .orElseGet(() -> new TagItem(tag)))
                            .toList());
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
            return SampleText.basis(metrics) + " · "
                    + NumberText.percent(metrics.errorShare().value()) + " of errors";
        }
        long notReviewed = RoaringBitmap.andNotCardinality(
                state.marks().rowsOf(tag.name()), state.marks().reviewed());
        return SampleText.basis(metrics) + " · "
                + NumberText.percent(metrics.errorShare().value()) + " of errors (est.)"
                + (notReviewed == 0
                        ? ""
                        : " · " + Messages.text("tags.notReviewed", NumberText.count(notReviewed), notReviewed));
    }

    /** Asks for a new tag and creates it, with the first free shortcut key unless the user chose one. */
    public void create() {
        TagEditorViewModel editor =
                new TagEditorViewModel(state.session().dataset(), TagPalette.color(items.size()), names());
        if (dialogs.editTag(editor) && editor.completeProperty().get()) {
            TagDefinition tag = editor.definition();
            TagDefinition withKey = tag.shortcut() != null
                    ? tag
                    : tag.withSettings(tag.baseline(), tag.ease(), tag.importance(), freeShortcut());
            state.edit("Cannot create tag \"" + tag.name() + "\"", session -> session.createTag(withKey));
        }
    }

    /**
     * Opens the tag editor on a tag (double-click, or Edit… in its menu) and makes what the user changed as
     * one step of history: Undo takes back a rename, a new colour and a new baseline together. Each change
     * is an edit of the session, so the journal keeps it as it keeps any other.
     */
    public void edit(String tag) {
        state.marks().tag(tag).ifPresent(before -> {
            List<String> others =
                    names().stream().filter(name -> !name.equals(tag)).toList();
            TagEditorViewModel editor =
                    TagEditorViewModel.editing(state.session().dataset(), before, others);
            if (dialogs.editTag(editor) && editor.completeProperty().get()) {
                TagDefinition after = editor.definition();
                state.edit(
                        Messages.text("tags.edit.failed", tag),
                        session -> session.inOneStep(
                                Messages.text("tags.edit.step", tag), () -> apply(session, before, after)));
            }
        });
    }

    /** The edits from one definition of a tag to another; the name last, as the others name the tag as it was. */
    private static void apply(TagSession session, TagDefinition before, TagDefinition after) {
        String tag = before.name();
        if (after.rule() != null && !after.rule().equals(before.rule())) {
            session.changeRule(tag, after.rule());
        }
        if (!after.description().equals(before.description())) {
            session.describeTag(tag, after.description());
        }
        if (!after.color().equals(before.color())) {
            session.recolorTag(tag, after.color());
        }
        if (!Objects.equals(after.baseline(), before.baseline())
                || !Objects.equals(after.ease(), before.ease())
                || !Objects.equals(after.importance(), before.importance())
                || !Objects.equals(after.shortcut(), before.shortcut())) {
            session.updateTagSettings(tag, after.baseline(), after.ease(), after.importance(), after.shortcut());
        }
        if (!after.name().equals(tag)) {
            session.renameTag(tag, after.name());
        }
    }

    private List<String> names() {
        return state.marks().tags().stream().map(TagDefinition::name).toList();
    }

    private Integer freeShortcut() {
        return IntStream.rangeClosed(1, 9)
                .filter(key -> state.marks().tagWithShortcut(key).isEmpty())
                .boxed()
                .findFirst()
                .orElse(null);
    }

    /** Deletes a tag; Undo brings it back with its rows. */
    public void delete(String tag) {
        state.edit("Cannot delete tag \"" + tag + "\"", session -> session.deleteTag(tag));
    }

    public ObservableList<TagItem> items() {
        return items;
    }
}
