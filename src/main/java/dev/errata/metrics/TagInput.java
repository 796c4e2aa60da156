package dev.errata.metrics;

import dev.errata.tags.TagKind;
import dev.errata.tags.TagMembership;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * A tag as the metrics see it.
 *
 * @param members the tagged rows
 * @param scope the rows whose membership is known: all rows for rule and imported tags, the reviewed rows
 *     for hand tags; the caller decides
 * @param baseline reference accuracy (human level, a previous model), NaN when the tag has none
 * @param sampled whether the scope is a reviewed sample whose metrics are estimated for all rows (hand
 *     tags), rather than every row
 */
public record TagInput(String name, RoaringBitmap members, RoaringBitmap scope, double baseline, boolean sampled) {

    /** A tag of the session as the metrics take it, with the scope its kind gives it. */
    public static TagInput of(TagMembership membership) {
        Double baseline = membership.tag().baseline();
        return new TagInput(
                membership.tag().name(),
                membership.rows(),
                membership.scope(),
                baseline == null ? Double.NaN : baseline,
                membership.tag().kind() == TagKind.HAND);
    }

    public static List<TagInput> of(List<TagMembership> memberships) {
        return memberships.stream().map(TagInput::of).toList();
    }

    /** A rule or imported tag: its scope is every row. */
    public static TagInput overAllRows(String name, RoaringBitmap members, int rowCount, double baseline) {
        return new TagInput(name, members, RoaringBitmap.bitmapOfRange(0, rowCount), baseline, false);
    }

    /** A hand tag: its membership is known on the reviewed rows. */
    public static TagInput reviewed(String name, RoaringBitmap members, RoaringBitmap reviewed, double baseline) {
        return new TagInput(name, members, reviewed, baseline, true);
    }
}
