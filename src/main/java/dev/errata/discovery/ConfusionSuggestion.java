package dev.errata.discovery;

import dev.errata.metrics.Proportion;
import dev.errata.metrics.WordConfusions;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * A word the recogniser often confuses, proposed as the rows whose transcript makes that confusion.
 *
 * @param confusion the edit and how often the errors make it (a row may make it more than once)
 * @param rule the {@code against} condition that selects the rows
 * @param rows every evaluable row whose alignment makes the confusion at least once
 */
public record ConfusionSuggestion(
        WordConfusions.Confusion confusion,
        String rule,
        RoaringBitmap rows,
        int errors,
        Proportion errorRate,
        double lift,
        double errorShare,
        List<TagOverlap> overlaps)
        implements RuleSuggestion {

    public ConfusionSuggestion {
        overlaps = List.copyOf(overlaps);
    }

    @Override
    public int size() {
        return rows.getCardinality();
    }
}
