package dev.errata.discovery;

import dev.errata.metrics.Proportion;
import java.util.List;
import java.util.stream.Collectors;
import org.roaringbitmap.RoaringBitmap;

/**
 * A weak slice the search proposes; it becomes a tag only when the analyst confirms it.
 *
 * @param conditions all hold for the slice's rows
 * @param rows every row the conditions hold for
 * @param size its evaluable rows (label and prediction present), on which the figures rest
 * @param errorRate its error rate with the Wilson interval
 * @param lift its error rate over the overall one
 * @param errorShare its share of all errors
 * @param pValue Fisher's exact test, one-sided: errors this many or more if the slice were a random draw
 * @param qValue the Benjamini–Hochberg q-value among every slice the search evaluated
 * @param score SliceLine's score
 * @param overlaps existing tags that hold most of its rows, most alike first
 */
public record Suggestion(
        List<SliceCondition> conditions,
        RoaringBitmap rows,
        int size,
        int errors,
        Proportion errorRate,
        double lift,
        double errorShare,
        double pValue,
        double qValue,
        double score,
        List<TagOverlap> overlaps)
        implements RuleSuggestion {

    public Suggestion {
        conditions = List.copyOf(conditions);
        overlaps = List.copyOf(overlaps);
    }

    @Override
    public String rule() {
        return conditions.stream().map(SliceCondition::rule).collect(Collectors.joining(" and "));
    }
}
