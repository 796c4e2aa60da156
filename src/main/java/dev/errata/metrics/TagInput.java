package dev.errata.metrics;

import org.roaringbitmap.RoaringBitmap;

/**
 * A tag as the metrics see it.
 *
 * @param members the tagged rows
 * @param scope the rows the tag's metrics are computed over: all rows for rule and imported tags, the
 *     reviewed rows for hand tags; the caller decides
 * @param baseline reference accuracy (human level, a previous model), NaN when the tag has none
 */
public record TagInput(String name, RoaringBitmap members, RoaringBitmap scope, double baseline) {

    /** A rule or imported tag: its scope is every row. */
    public static TagInput overAllRows(String name, RoaringBitmap members, int rowCount, double baseline) {
        return new TagInput(name, members, RoaringBitmap.bitmapOfRange(0, rowCount), baseline);
    }
}
