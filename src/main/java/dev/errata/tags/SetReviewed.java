package dev.errata.tags;

import org.roaringbitmap.RoaringBitmap;

/**
 * Marks ({@code on}) or unmarks rows as reviewed; {@code rows} are only the rows that change.
 *
 * @param analyst who marks them, or whose marks are taken back; null for no one recorded
 */
public record SetReviewed(RoaringBitmap rows, boolean on, String analyst) implements TagEdit {

    @Override
    public void applyTo(AnnotationStore store) {
        store.setReviewed(rows, on, analyst);
    }

    @Override
    public TagEdit inverse() {
        return new SetReviewed(rows, !on, analyst);
    }

    @Override
    public String label() {
        return (on ? "mark " : "unmark ") + RowCount.of(rows) + " reviewed";
    }
}
