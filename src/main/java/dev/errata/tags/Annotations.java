package dev.errata.tags;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/**
 * A copy of everything the analyst added to a dataset, by row index: what a project file stores and
 * restores. Rule and imported tags have no entry in {@code handRows}; their rows follow from the data.
 *
 * @param tags the tag definitions in display order
 * @param handRows the rows of each hand tag
 * @param reviewed the rows the analyst has looked at
 * @param notes each annotated row's note
 * @param queue the review queue, null when none was drawn
 * @param reviewedBy each analyst's reviewed rows; rows reviewed before analysts were recorded are no one's
 * @param taggedBy for each hand tag, each analyst's rows of it
 */
public record Annotations(
        List<TagDefinition> tags,
        Map<String, RoaringBitmap> handRows,
        RoaringBitmap reviewed,
        SortedMap<Integer, String> notes,
        ReviewQueue queue,
        Map<String, RoaringBitmap> reviewedBy,
        Map<String, Map<String, RoaringBitmap>> taggedBy) {

    public Annotations {
        tags = List.copyOf(tags);
        handRows = Collections.unmodifiableMap(new LinkedHashMap<>(handRows));
        notes = Collections.unmodifiableSortedMap(new TreeMap<>(notes));
        reviewedBy = Collections.unmodifiableMap(new TreeMap<>(reviewedBy));
        taggedBy = Map.copyOf(taggedBy);
    }

    public static Annotations empty() {
        return new Annotations(List.of(), Map.of(), new RoaringBitmap(), new TreeMap<>(), null, Map.of(), Map.of());
    }

    /** Who marked the row reviewed, by name; empty when no one is recorded. */
    public List<String> reviewers(int row) {
        return Attribution.analysts(reviewedBy, row);
    }

    /** Who put the hand tag on the row, by name; empty when no one is recorded or it is not a hand tag. */
    public List<String> taggers(String tag, int row) {
        return Attribution.analysts(taggedBy.getOrDefault(tag, Map.of()), row);
    }
}
