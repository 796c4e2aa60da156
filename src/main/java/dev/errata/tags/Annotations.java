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
 */
public record Annotations(
        List<TagDefinition> tags,
        Map<String, RoaringBitmap> handRows,
        RoaringBitmap reviewed,
        SortedMap<Integer, String> notes,
        ReviewQueue queue) {

    public Annotations {
        tags = List.copyOf(tags);
        handRows = Collections.unmodifiableMap(new LinkedHashMap<>(handRows));
        notes = Collections.unmodifiableSortedMap(new TreeMap<>(notes));
    }

    public static Annotations empty() {
        return new Annotations(List.of(), Map.of(), new RoaringBitmap(), new TreeMap<>(), null);
    }
}
