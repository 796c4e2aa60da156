package dev.errata.tags;

import dev.errata.data.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/**
 * The live tags, review marks and notes of one dataset. Only {@link TagEdit}s change it, so every change
 * is undoable and journaled; rule and imported rows are computed on first use and kept until the tag
 * is redefined.
 */
public final class AnnotationStore {

    private final Dataset dataset;
    private final List<TagDefinition> tags = new ArrayList<>();
    private final Map<String, RoaringBitmap> handRows = new HashMap<>();
    private final RoaringBitmap reviewed = new RoaringBitmap();
    private final Attribution reviewedBy;
    private final Map<String, Attribution> taggedBy = new HashMap<>();
    private final TreeMap<Integer, String> notes = new TreeMap<>();
    private ReviewQueue queue;
    private final Map<String, RoaringBitmap> derivedRows = new HashMap<>();
    private final Map<String, String> problems = new HashMap<>();

    AnnotationStore(Dataset dataset, Annotations initial) {
        this.dataset = dataset;
        for (TagDefinition tag : initial.tags()) {
            insert(
                    tags.size(),
                    tag,
                    initial.handRows().getOrDefault(tag.name(), new RoaringBitmap()),
                    initial.taggedBy().getOrDefault(tag.name(), Map.of()));
        }
        reviewed.or(initial.reviewed());
        reviewedBy = new Attribution(initial.reviewedBy());
        reviewedBy.retain(reviewed);
        notes.putAll(initial.notes());
        queue = initial.queue();
    }

    List<TagDefinition> tags() {
        return List.copyOf(tags);
    }

    Optional<TagDefinition> tag(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    int position(String name) {
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The live bitmap of a tag's rows; callers copy it before handing it out. */
    RoaringBitmap rows(TagDefinition tag) {
        if (tag.kind() == TagKind.HAND) {
            return handRows.get(tag.name());
        }
        RoaringBitmap rows = derivedRows.get(tag.name());
        return rows != null ? rows : keep(evaluate(tag));
    }

    /**
     * Works out every rule and imported tag's rows not worked out yet, the tags side by side: a project of
     * twenty tag columns reads each column once, on all the cores.
     */
    void evaluateAll() {
        List<TagDefinition> pending = tags.stream()
                .filter(tag -> tag.kind() != TagKind.HAND && !derivedRows.containsKey(tag.name()))
                .toList();
        pending.parallelStream().map(this::evaluate).toList().forEach(this::keep);
    }

    /** Why a rule or imported tag has no rows in this dataset, e.g. its column is gone. */
    Optional<String> problem(String name) {
        return Optional.ofNullable(problems.get(name));
    }

    /** A rule or imported tag's rows, or why it has none; reads the dataset alone, so tags may be worked out side by side. */
    private Evaluated evaluate(TagDefinition tag) {
        try {
            return new Evaluated(tag.name(), TagRows.derived(dataset, tag), null);
        } catch (IllegalArgumentException e) {
            // a project opened on changed data keeps its tags even when their column is gone
            return new Evaluated(tag.name(), new RoaringBitmap(), e.getMessage());
        }
    }

    private RoaringBitmap keep(Evaluated evaluated) {
        derivedRows.put(evaluated.name(), evaluated.rows());
        if (evaluated.problem() != null) {
            problems.put(evaluated.name(), evaluated.problem());
        }
        return evaluated.rows();
    }

    /** A derived tag's rows as worked out, with the problem that left them empty (null when none). */
    private record Evaluated(String name, RoaringBitmap rows, String problem) {}

    RoaringBitmap reviewed() {
        return reviewed;
    }

    Attribution reviewedBy() {
        return reviewedBy;
    }

    /** Who put a hand tag on its rows. */
    Attribution taggedBy(String tag) {
        return taggedBy.get(tag);
    }

    ReviewQueue queue() {
        return queue;
    }

    void setQueue(ReviewQueue value) {
        queue = value;
    }

    SortedMap<Integer, String> notes() {
        return notes;
    }

    Annotations snapshot() {
        Map<String, RoaringBitmap> hand = new HashMap<>();
        handRows.forEach((name, rows) -> hand.put(name, rows.clone()));
        Map<String, Map<String, RoaringBitmap>> tagged = new HashMap<>();
        taggedBy.forEach((name, by) -> tagged.put(name, by.copy()));
        return new Annotations(tags, hand, reviewed.clone(), notes, queue, reviewedBy.copy(), tagged);
    }

    /** @param by who put the tag on which of its rows */
    void insert(int position, TagDefinition tag, RoaringBitmap rows, Map<String, RoaringBitmap> by) {
        tags.add(position, tag);
        if (tag.kind() == TagKind.HAND) {
            handRows.put(tag.name(), rows.clone());
            Attribution attribution = new Attribution(by);
            attribution.retain(rows);
            taggedBy.put(tag.name(), attribution);
        }
    }

    void remove(String name) {
        tags.remove(position(name));
        handRows.remove(name);
        taggedBy.remove(name);
        forget(name);
    }

    void redefine(String name, TagDefinition after) {
        tags.set(position(name), after);
        RoaringBitmap rows = handRows.remove(name);
        if (rows != null) {
            handRows.put(after.name(), rows);
            taggedBy.put(after.name(), taggedBy.remove(name));
        }
        forget(name);
    }

    private void forget(String name) {
        derivedRows.remove(name);
        problems.remove(name);
    }

    void setRows(String tag, RoaringBitmap rows, boolean on, String analyst) {
        change(handRows.get(tag), taggedBy.get(tag), rows, on, analyst);
    }

    void setReviewed(RoaringBitmap rows, boolean on, String analyst) {
        change(reviewed, reviewedBy, rows, on, analyst);
    }

    private static void change(RoaringBitmap target, Attribution by, RoaringBitmap rows, boolean on, String analyst) {
        if (on) {
            target.or(rows);
            by.add(analyst, rows);
        } else {
            target.andNot(rows);
            by.remove(analyst, rows);
        }
    }

    void setNote(int row, String text) {
        if (text == null || text.isEmpty()) {
            notes.remove(row);
        } else {
            notes.put(row, text);
        }
    }
}
