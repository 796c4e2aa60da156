package dev.errata.tags;

import org.roaringbitmap.RoaringBitmap;

/** Tags ({@code on}) or untags rows with a hand tag; {@code rows} are only the rows that change. */
public record SetTagRows(String tag, RoaringBitmap rows, boolean on) implements TagEdit {

    @Override
    public void applyTo(AnnotationStore store) {
        store.setRows(tag, rows, on);
    }

    @Override
    public TagEdit inverse() {
        return new SetTagRows(tag, rows, !on);
    }

    @Override
    public String label() {
        return (on ? "tag " : "untag ") + RowCount.of(rows) + " " + tag;
    }
}
