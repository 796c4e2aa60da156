package dev.errata.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tag metrics of the latest tags, recounted only for tags whose bitmaps are new. An edit changes one
 * tag's rows and hands the other tags' bitmaps in again as the very same objects, so their metrics still
 * hold: counting twenty imported tags over a million rows again on every key press was most of the
 * metrics' share of it. Bitmaps handed in must not change afterwards; a changed set comes as a new bitmap.
 */
public final class TagMetricsMemo {

    private record Counted(TagInput input, ErrorRows errorRows, TagMetrics metrics) {

        boolean holdsFor(TagInput tag, ErrorRows errors) {
            return input.members() == tag.members() && input.scope() == tag.scope() && errorRows == errors
                    && Double.compare(input.baseline(), tag.baseline()) == 0;
        }
    }

    private Map<String, Counted> latest = Map.of();

    /** The metrics of {@code tags}, in their order, as {@link TagMetrics#compute} gives them. */
    public List<TagMetrics> metrics(List<TagInput> tags, ErrorRows errorRows) {
        List<TagInput> uncounted = new ArrayList<>();
        for (TagInput tag : tags) {
            Counted counted = latest.get(tag.name());
            if (counted == null || !counted.holdsFor(tag, errorRows)) {
                uncounted.add(tag);
            }
        }
        Map<String, TagMetrics> fresh = new HashMap<>();
        List<TagMetrics> computed = TagMetrics.compute(uncounted, errorRows);
        for (int i = 0; i < uncounted.size(); i++) {
            fresh.put(uncounted.get(i).name(), computed.get(i));
        }
        Map<String, Counted> now = new HashMap<>();
        List<TagMetrics> metrics = new ArrayList<>(tags.size());
        for (TagInput tag : tags) {
            TagMetrics m = fresh.containsKey(tag.name()) ? fresh.get(tag.name()) : latest.get(tag.name()).metrics();
            now.put(tag.name(), new Counted(tag, errorRows, m));
            metrics.add(m);
        }
        latest = now;
        return List.copyOf(metrics);
    }
}
