package dev.errata.ui.session;

import dev.errata.metrics.TagInput;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.tags.TagMembership;
import dev.errata.tags.TagSession;
import dev.errata.workbench.rows.MarkedRows;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roaringbitmap.RoaringBitmap;

/**
 * What the analyst has marked, copied from the session after each edit: tags, their rows and the
 * reviewed rows. Table cells read it many times per frame, and the session hands out copies only.
 *
 * @param inputs the tags as the metrics take them
 */
public record RowMarks(
        List<TagDefinition> tags, Map<String, RoaringBitmap> tagRows, RoaringBitmap reviewed, List<TagInput> inputs)
        implements MarkedRows {

    /** Tags of one scope share one scope bitmap (see {@link TagSession#memberships()}), so an edit's recompute fits a frame. */
    public static RowMarks of(TagSession session) {
        return of(session, Map.of());
    }

    /**
     * The marks after an edit: the rule and imported rows of {@code previous} are kept, not copied again,
     * and so are their bitmaps' identities, by which {@link dev.errata.metrics.TagMetricsMemo} knows their metrics still hold.
     */
    public static RowMarks after(RowMarks previous, TagSession session) {
        Map<TagDefinition, TagMembership> derived = new HashMap<>();
        for (int i = 0; i < previous.tags().size(); i++) {
            TagDefinition tag = previous.tags().get(i);
            if (tag.kind() != TagKind.HAND) {
                TagInput input = previous.inputs().get(i);
                derived.put(tag, new TagMembership(tag, input.members(), input.scope()));
            }
        }
        return of(session, derived);
    }

    private static RowMarks of(TagSession session, Map<TagDefinition, TagMembership> derived) {
        List<TagMembership> memberships = session.memberships(derived);
        Map<String, RoaringBitmap> rows = new LinkedHashMap<>();
        for (TagMembership membership : memberships) {
            rows.put(membership.tag().name(), membership.rows());
        }
        return new RowMarks(List.copyOf(session.tags()), rows, session.reviewed(), TagInput.of(memberships));
    }

    /** The rows carrying at least one tag, worked out on each call: only a filter needs them, not each edit. */
    @Override
    public RoaringBitmap anyTag() {
        return RoaringBitmap.or(tagRows.values().iterator());
    }

    public boolean has(String tag, int row) {
        RoaringBitmap rows = tagRows.get(tag);
        return rows != null && rows.contains(row);
    }

    public boolean isReviewed(int row) {
        return reviewed.contains(row);
    }

    public Optional<TagDefinition> tag(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<TagDefinition> tagWithShortcut(int key) {
        return tags.stream()
                .filter(t -> t.shortcut() != null && t.shortcut() == key)
                .findFirst();
    }

    @Override
    public RoaringBitmap rowsOf(String tag) {
        return tagRows.getOrDefault(tag, new RoaringBitmap());
    }
}
