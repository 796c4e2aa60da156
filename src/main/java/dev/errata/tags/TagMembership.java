package dev.errata.tags;

import dev.errata.data.Dataset;
import org.roaringbitmap.RoaringBitmap;

/**
 * A tag's rows and the rows its metrics are computed over (all rows for rule and imported tags, the
 * reviewed rows for hand tags). Both bitmaps are copies, safe to hand to a worker thread.
 */
public record TagMembership(TagDefinition tag, RoaringBitmap rows, RoaringBitmap scope) {

    /**
     * A rule or imported tag's rows in a dataset, with every row as its scope: what a session computes for
     * such a tag, without a session to hold it.
     *
     * @throws IllegalArgumentException (a {@link RuleException} for rules) when the tag does not fit the data
     */
    public static TagMembership derived(Dataset dataset, TagDefinition tag) {
        return new TagMembership(
                tag, TagRows.derived(dataset, tag), RoaringBitmap.bitmapOfRange(0, dataset.rowCount()));
    }

    /** The tag's rows inside its scope: T in the metric definitions. */
    public RoaringBitmap rowsInScope() {
        return RoaringBitmap.and(rows, scope);
    }
}
