package dev.errata.ui.session;

import dev.errata.metrics.TagInput;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagKind;
import dev.errata.tags.TagSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roaringbitmap.RoaringBitmap;

/**
 * What the analyst has marked, copied from the session after each edit: tags, their rows and the
 * reviewed rows. Table cells read it many times per frame, and the session hands out copies only.
 *
 * @param anyTag the rows carrying at least one tag
 * @param inputs the tags as the metrics take them
 */
public record RowMarks(List<TagDefinition> tags, Map<String, RoaringBitmap> tagRows, RoaringBitmap reviewed,
        RoaringBitmap anyTag, List<TagInput> inputs) {

    /**
     * Hand tags share one reviewed-rows bitmap as scope and the others one all-rows bitmap: the metrics
     * intersect each distinct scope instance once, so sharing keeps an edit's recompute within a frame.
     */
    public static RowMarks of(TagSession session) {
        RoaringBitmap reviewed = session.reviewed();
        RoaringBitmap all = RoaringBitmap.bitmapOfRange(0, session.dataset().rowCount());
        Map<String, RoaringBitmap> rows = new LinkedHashMap<>();
        List<TagInput> inputs = new ArrayList<>();
        RoaringBitmap anyTag = new RoaringBitmap();
        for (TagDefinition tag : session.tags()) {
            RoaringBitmap members = session.rows(tag.name());
            rows.put(tag.name(), members);
            anyTag.or(members);
            double baseline = tag.baseline() == null ? Double.NaN : tag.baseline();
            inputs.add(new TagInput(tag.name(), members, tag.kind() == TagKind.HAND ? reviewed : all, baseline));
        }
        return new RowMarks(List.copyOf(session.tags()), rows, reviewed, anyTag, inputs);
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
        return tags.stream().filter(t -> t.shortcut() != null && t.shortcut() == key).findFirst();
    }

    public RoaringBitmap rowsOf(String tag) {
        return tagRows.getOrDefault(tag, new RoaringBitmap());
    }
}
