package dev.errata.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The tag metrics of the latest tags, recounted only for tags whose bitmaps are new. An edit changes one
 * tag's rows and hands the other tags' bitmaps in again as the very same objects, so their metrics still
 * hold: counting twenty imported tags over a million rows again on every key press was most of the
 * metrics' share of it. Bitmaps handed in must not change afterwards; a changed set comes as a new bitmap.
 */
public final class TagMetricsMemo {

    private record Counted(TagInput input, ReviewStrata strata, TagMetrics metrics) {

        boolean holdsFor(TagInput tag, ReviewStrata now) {
            return input.members() == tag.members()
                    && input.scope() == tag.scope()
                    && strata == now
                    && input.sampled() == tag.sampled()
                    && Double.compare(input.baseline(), tag.baseline()) == 0;
        }
    }

    private Map<String, Counted> latest = Map.of();

    /** The metrics of {@code tags}, in their order, as {@link TagMetrics#compute} gives them. */
    public List<TagMetrics> metrics(List<TagInput> tags, ReviewStrata strata) {
        List<TagInput> uncounted =
                tags.stream().filter(tag -> counted(tag, strata) == null).toList();
        Iterator<TagMetrics> recounted = TagMetrics.compute(uncounted, strata).iterator();
        Map<String, Counted> now = new HashMap<>();
        List<TagMetrics> metrics = new ArrayList<>(tags.size());
        for (TagInput tag : tags) {
            Counted counted = counted(tag, strata);
            TagMetrics m = counted == null ? recounted.next() : counted.metrics();
            now.put(tag.name(), new Counted(tag, strata, m));
            metrics.add(m);
        }
        latest = now;
        return List.copyOf(metrics);
    }

    /** The latest count of this tag, if it still holds. */
    private Counted counted(TagInput tag, ReviewStrata strata) {
        Counted counted = latest.get(tag.name());
        return counted != null && counted.holdsFor(tag, strata) ? counted : null;
    }
}
