package dev.errata.tags;

import dev.errata.data.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.roaringbitmap.RoaringBitmap;

/**
 * The one way to change tags, review marks and notes of a dataset. Each change is a {@link TagEdit} kept
 * for undo and redo and announced to listeners. Not thread-safe: use it from one thread (the FX thread in
 * the window) and hand workers the copies {@link #memberships()} returns.
 */
public final class TagSession {

    private final Dataset dataset;
    private final AnnotationStore store;
    private final UndoSteps steps = new UndoSteps();
    private final List<TagSessionListener> listeners = new CopyOnWriteArrayList<>();
    private String analyst = Analyst.SYSTEM;

    public TagSession(Dataset dataset) {
        this(dataset, Annotations.empty());
    }

    /** A session that starts from saved work, with nothing to undo. */
    public TagSession(Dataset dataset, Annotations saved) {
        this.dataset = dataset;
        this.store = new AnnotationStore(dataset, saved);
    }

    public Dataset dataset() {
        return dataset;
    }

    public List<TagDefinition> tags() {
        return store.tags();
    }

    public Optional<TagDefinition> tag(String name) {
        return store.tag(name);
    }

    /** A copy of the tag's rows, by row index. */
    public RoaringBitmap rows(String tag) {
        return store.rows(existing(tag)).clone();
    }

    public TagMembership membership(String tag) {
        TagDefinition definition = existing(tag);
        return membershipOf(definition, definition.kind() == TagKind.HAND ? estimatedFrom() : allRows());
    }

    /** The reviewed rows hand-tag metrics are estimated from: all, or only the queue's when picked rows are left out. */
    private RoaringBitmap estimatedFrom() {
        ReviewQueue queue = store.queue();
        return queue != null && queue.excludePicked()
                ? RoaringBitmap.and(store.reviewed(), queue.rowSet())
                : store.reviewed().clone();
    }

    public Optional<ReviewQueue> reviewQueue() {
        return Optional.ofNullable(store.queue());
    }

    /** Replaces the review queue (null removes it), as one undoable edit. */
    public void setReviewQueue(ReviewQueue queue) {
        if (!Objects.equals(store.queue(), queue)) {
            apply(new SetReviewQueue(store.queue(), queue));
        }
    }

    /** Leaves rows reviewed outside the queue out of the estimates, or counts them again. */
    public void excludePicked(boolean exclude) {
        ReviewQueue queue = store.queue();
        if (queue == null) {
            throw new IllegalStateException("no review queue: draw a sample first");
        }
        setReviewQueue(queue.withExcludePicked(exclude));
    }

    /**
     * Every tag's membership and scope, in display order, for metrics. Tags of one kind of scope share one
     * scope bitmap, so the metrics count each scope once however many tags use it.
     */
    public List<TagMembership> memberships() {
        return memberships(Map.of());
    }

    /**
     * As {@link #memberships()}, reusing memberships of rule and imported tags that the caller already
     * holds: their rows follow from the tag's definition and the data alone, so one made for an equal
     * definition stays right, and an edit need not copy a million-row bitmap per derived tag.
     */
    public List<TagMembership> memberships(Map<TagDefinition, TagMembership> derived) {
        RoaringBitmap reviewed = estimatedFrom();
        RoaringBitmap allRows = allRows();
        List<TagMembership> all = new ArrayList<>();
        for (TagDefinition t : store.tags()) {
            TagMembership kept = t.kind() == TagKind.HAND ? null : derived.get(t);
            all.add(kept != null ? kept : membershipOf(t, t.kind() == TagKind.HAND ? reviewed : allRows));
        }
        return all;
    }

    private TagMembership membershipOf(TagDefinition tag, RoaringBitmap scope) {
        return new TagMembership(tag, store.rows(tag).clone(), scope);
    }

    private RoaringBitmap allRows() {
        return RoaringBitmap.bitmapOfRange(0, dataset.rowCount());
    }

    /** Why each rule or imported tag that has no rows has none, in the tags' order; the tags worked out side by side. */
    public Map<String, String> problems() {
        store.evaluateAll();
        Map<String, String> problems = new LinkedHashMap<>();
        for (TagDefinition tag : store.tags()) {
            store.problem(tag.name()).ifPresent(p -> problems.put(tag.name(), p));
        }
        return problems;
    }

    public RoaringBitmap reviewed() {
        return store.reviewed().clone();
    }

    /** Who the review marks and hand tags set from now on are recorded for; the system user until set. */
    public String analyst() {
        return analyst;
    }

    /** @throws IllegalArgumentException for a name that is blank, has a line break or is too long */
    public void setAnalyst(String name) {
        analyst = Analyst.require(name);
    }

    /** Who marked the row reviewed; empty when no one is recorded or it is not reviewed. */
    public List<String> reviewers(int row) {
        return store.reviewedBy().analysts(row);
    }

    /** Who put the hand tag on the row; empty when no one is recorded or the row does not have it. */
    public List<String> taggers(String tag, int row) {
        Attribution by = store.taggedBy(tag);
        return by == null ? List.of() : by.analysts(row);
    }

    public boolean isReviewed(int row) {
        return store.reviewed().contains(row);
    }

    public Optional<String> note(int row) {
        return Optional.ofNullable(store.notes().get(row));
    }

    public SortedMap<Integer, String> notes() {
        return java.util.Collections.unmodifiableSortedMap(store.notes());
    }

    /** A copy of all the work, for saving. */
    public Annotations snapshot() {
        return store.snapshot();
    }

    /**
     * @throws IllegalArgumentException when the name or shortcut is taken, or the tag does not fit the data
     *     (a {@link RuleException} for a bad rule)
     */
    public void createTag(TagDefinition tag) {
        validate(tag, null);
        apply(new CreateTag(tag, store.tags().size(), new RoaringBitmap(), Map.of()));
    }

    public void renameTag(String name, String newName) {
        redefine(name, existing(name).withName(newName));
    }

    public void recolorTag(String name, String color) {
        redefine(name, existing(name).withColor(color));
    }

    public void describeTag(String name, String description) {
        redefine(name, existing(name).withDescription(description));
    }

    /** @throws RuleException when the rule does not parse or fit the data */
    public void changeRule(String name, String rule) {
        redefine(name, existing(name).withRule(rule));
    }

    /** Sets baseline, ease, importance and shortcut at once, as the settings dialog does; null clears. */
    public void updateTagSettings(String name, Double baseline, Integer ease, Integer importance, Integer shortcut) {
        redefine(name, existing(name).withSettings(baseline, ease, importance, shortcut));
    }

    private void redefine(String name, TagDefinition after) {
        TagDefinition before = existing(name);
        if (!before.equals(after)) {
            validate(after, name);
            apply(new RedefineTag(before, after));
        }
    }

    public void deleteTag(String name) {
        TagDefinition tag = existing(name);
        boolean hand = tag.kind() == TagKind.HAND;
        RoaringBitmap rows = hand ? store.rows(tag).clone() : new RoaringBitmap();
        apply(new DeleteTag(
                tag, store.position(name), rows, hand ? store.taggedBy(name).copy() : Map.of()));
    }

    /** Tags ({@code on}) or untags rows with a hand tag, as one edit however many rows. */
    public void setTag(String name, RoaringBitmap rows, boolean on) {
        TagDefinition tag = existing(name);
        if (tag.kind() != TagKind.HAND) {
            throw new IllegalArgumentException(
                    "tag \"" + name + "\" is a " + tag.kind().key() + " tag; only hand tags are set by hand");
        }
        RoaringBitmap changing = changing(store.rows(tag), rows, on);
        if (on) {
            applyIfAny(changing, new SetTagRows(name, changing, true, analyst));
        } else {
            applyShares(
                    new SetTagRows(name, changing, false, null).label(),
                    store.taggedBy(name).shares(changing),
                    (share, by) -> new SetTagRows(name, share, false, by));
        }
    }

    /** Marks rows reviewed for the {@link #analyst}, or unmarks them, whoever marked them. */
    public void setReviewed(RoaringBitmap rows, boolean on) {
        RoaringBitmap changing = changing(store.reviewed(), rows, on);
        if (on) {
            applyIfAny(changing, new SetReviewed(changing, true, analyst));
        } else {
            applyShares(
                    new SetReviewed(changing, false, null).label(),
                    store.reviewedBy().shares(changing),
                    (share, by) -> new SetReviewed(share, false, by));
        }
    }

    private void applyIfAny(RoaringBitmap changing, TagEdit edit) {
        if (!changing.isEmpty()) {
            apply(edit);
        }
    }

    /**
     * Takes a mark off rows as one step: one edit per analyst who set it, so that undo records each row's
     * analysts again.
     */
    private void applyShares(
            String label, Map<String, RoaringBitmap> shares, BiFunction<RoaringBitmap, String, TagEdit> edit) {
        if (shares.size() == 1 || steps.isGathering()) {
            shares.forEach((by, share) -> apply(edit.apply(share, by)));
        } else if (!shares.isEmpty()) {
            inOneStep(label, () -> shares.forEach((by, share) -> apply(edit.apply(share, by))));
        }
    }

    private static RoaringBitmap changing(RoaringBitmap current, RoaringBitmap rows, boolean on) {
        return on ? RoaringBitmap.andNot(rows, current) : RoaringBitmap.and(rows, current);
    }

    /** Sets a row's note; null or empty removes it. */
    public void setNote(int row, String text) {
        Objects.checkIndex(row, dataset.rowCount());
        String before = store.notes().get(row);
        String after = text == null || text.isEmpty() ? null : TextLimit.require("a note", text);
        if (!Objects.equals(before, after)) {
            apply(new SetNote(row, before, after));
        }
    }

    /** Applies an edit as a new step of history, as the journal does when it replays one. */
    public void apply(TagEdit edit) {
        edit.applyTo(store);
        steps.applied(edit);
        announce(edit, TagSessionListener.Change.APPLIED);
    }

    /**
     * Runs several edits as one step of history, which one undo takes back whole, e.g. an import of reviews.
     * Listeners still hear each edit, so the journal keeps them as it keeps any other. When {@code edits}
     * fails, the edits it made stay applied and undo as one step.
     *
     * @param label what the step did, for "Undo import reviews.csv"
     */
    public void inOneStep(String label, Runnable edits) {
        steps.gather(label, edits);
    }

    public boolean canUndo() {
        return steps.canUndo();
    }

    public boolean canRedo() {
        return steps.canRedo();
    }

    /** What undo would undo, e.g. "tag 200 rows car noise". */
    public Optional<String> undoLabel() {
        return steps.undoLabel();
    }

    public Optional<String> redoLabel() {
        return steps.redoLabel();
    }

    /** Takes back the last step, its edits in reverse order. */
    public void undo() {
        UndoSteps.Step step = steps.takeUndo();
        for (int i = step.edits().size() - 1; i >= 0; i--) {
            TagEdit effect = step.edits().get(i).inverse();
            effect.applyTo(store);
            announce(effect, TagSessionListener.Change.UNDONE);
        }
        steps.undone(step);
    }

    public void redo() {
        UndoSteps.Step step = steps.takeRedo();
        for (TagEdit edit : step.edits()) {
            edit.applyTo(store);
            announce(edit, TagSessionListener.Change.REDONE);
        }
        steps.redone(step);
    }

    public void addListener(TagSessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TagSessionListener listener) {
        listeners.remove(listener);
    }

    private void announce(TagEdit effect, TagSessionListener.Change change) {
        for (TagSessionListener l : listeners) {
            l.edited(effect, change);
        }
    }

    private TagDefinition existing(String name) {
        return store.tag(name).orElseThrow(() -> new IllegalArgumentException("no tag \"" + name + "\""));
    }

    /** @param currentName the name the tag has now, or null for a new tag */
    private void validate(TagDefinition tag, String currentName) {
        for (TagDefinition other : store.tags()) {
            if (other.name().equals(currentName)) {
                continue;
            }
            if (other.name().equals(tag.name())) {
                throw new IllegalArgumentException("there is already a tag \"" + tag.name() + "\"");
            }
            if (tag.shortcut() != null && tag.shortcut().equals(other.shortcut())) {
                throw new IllegalArgumentException(
                        "key " + tag.shortcut() + " already toggles tag \"" + other.name() + "\"");
            }
        }
        if (tag.kind() != TagKind.HAND) {
            TagRows.derived(dataset, tag);
        }
    }
}
