package dev.errata.tags;

import org.roaringbitmap.RoaringBitmap;

/**
 * A tag's rows and the rows its metrics are computed over (all rows for rule and imported tags, the
 * reviewed rows for hand tags). Both bitmaps are copies, safe to hand to a worker thread.
 */
public record TagMembership(TagDefinition tag, RoaringBitmap rows, RoaringBitmap scope) {

    /** The tag's rows inside its scope: T in the metric definitions. */
    public RoaringBitmap rowsInScope() {
        return RoaringBitmap.and(rows, scope);
    }
}
