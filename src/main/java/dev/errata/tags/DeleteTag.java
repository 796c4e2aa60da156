package dev.errata.tags;

import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/** Removes a tag; it keeps the tag's position and hand rows so undo puts everything back. */
public record DeleteTag(TagDefinition tag, int position, RoaringBitmap rows, Map<String, RoaringBitmap> by)
        implements TagEdit {

    @Override
    public void applyTo(AnnotationStore store) {
        store.remove(tag.name());
    }

    @Override
    public TagEdit inverse() {
        return new CreateTag(tag, position, rows, by);
    }

    @Override
    public String label() {
        return "delete tag " + tag.name();
    }
}
