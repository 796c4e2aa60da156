package dev.errata.tags;

import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * Adds a tag at a position in the tag list, with its hand rows; it is also the undo of a delete, which is
 * why it can carry rows.
 */
public record CreateTag(TagDefinition tag, int position, RoaringBitmap rows, Map<String, RoaringBitmap> by)
        implements TagEdit {

    @Override
    public void applyTo(AnnotationStore store) {
        store.insert(position, tag, rows, by);
    }

    @Override
    public TagEdit inverse() {
        return new DeleteTag(tag, position, rows, by);
    }

    @Override
    public String label() {
        return "create tag " + tag.name();
    }
}
