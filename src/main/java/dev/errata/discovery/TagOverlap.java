package dev.errata.discovery;

import dev.errata.tags.TagMembership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * An existing tag that already covers most of a suggested slice.
 *
 * @param share the share of the slice's rows that the tag holds
 * @param jaccard rows in both over rows in either
 */
public record TagOverlap(String tag, double share, double jaccard) {

    /** A tag holding at least this share of a slice's rows covers it. */
    static final double COVERS = 0.5;

    /** The tags holding at least half of the suggested rows, most alike (Jaccard) first. */
    static List<TagOverlap> of(RoaringBitmap suggested, List<TagMembership> tags) {
        int size = suggested.getCardinality();
        List<TagOverlap> overlaps = new ArrayList<>();
        for (TagMembership tag : tags) {
            int both = RoaringBitmap.andCardinality(suggested, tag.rows());
            double share = size == 0 ? 0 : (double) both / size;
            if (share >= COVERS) {
                double jaccard = (double) both / (size + tag.rows().getCardinality() - both);
                overlaps.add(new TagOverlap(tag.tag().name(), share, jaccard));
            }
        }
        overlaps.sort(Comparator.comparingDouble(TagOverlap::jaccard).reversed());
        return overlaps;
    }
}
