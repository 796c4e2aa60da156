package dev.errata.tags;

import org.roaringbitmap.RoaringBitmap;

/**
 * Tags ({@code on}) or untags rows with a hand tag; {@code rows} are only the rows that change.
 *
 * @param analyst who tags them, or whose tags are taken off; null for no one recorded
 */
public record SetTagRows(String tag, RoaringBitmap rows, boolean on, String analyst) implements TagEdit {

    @Override
    public void applyTo(AnnotationStore store) {
        store.setRows(tag, rows, on, analyst);
    }

    @Override
    public TagEdit inverse() {
        return new SetTagRows(tag, rows, !on, analyst);
    }

    @Override
    public String label() {
        return (on ? "tag " : "untag ") + RowCount.of(rows) + " " + tag;
    }
}
