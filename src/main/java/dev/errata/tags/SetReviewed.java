package dev.errata.tags;

import org.roaringbitmap.RoaringBitmap;

/** Marks ({@code on}) or unmarks rows as reviewed; {@code rows} are only the rows that change. */
public record SetReviewed(RoaringBitmap rows, boolean on) implements TagEdit {

    @Override
    public void applyTo(AnnotationStore store) {
        store.setReviewed(rows, on);
    }

    @Override
    public TagEdit inverse() {
        return new SetReviewed(rows, !on);
    }

    @Override
    public String label() {
        return (on ? "mark " : "unmark ") + RowCount.of(rows) + " reviewed";
    }
}
