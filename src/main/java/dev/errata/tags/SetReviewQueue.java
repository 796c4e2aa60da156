package dev.errata.tags;

/** Draws a new review queue, changes whether picked rows count, or removes the queue; null stands for none. */
public record SetReviewQueue(ReviewQueue before, ReviewQueue after) implements TagEdit {

    @Override
    public void applyTo(AnnotationStore store) {
        store.setQueue(after);
    }

    @Override
    public TagEdit inverse() {
        return new SetReviewQueue(after, before);
    }

    @Override
    public String label() {
        if (after == null) {
            return "remove the review queue";
        }
        if (before != null && before.rows().equals(after.rows())) {
            return after.excludePicked()
                    ? "leave picked rows out of the estimates"
                    : "count picked rows in the estimates";
        }
        return "draw a review sample of " + after.rows().size() + " rows";
    }
}
