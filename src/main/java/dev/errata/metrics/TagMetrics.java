package dev.errata.metrics;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * How much of the error one tag explains and how much there is to gain, over its scope. With N = scope ∩
 * evaluable rows, E = errors in N and T = tagged rows in N: prevalence |T|/N, error share |T∩E|/|E|, error
 * rate |T∩E|/|T|, accuracy 1 − error rate. Undefined values are NaN, written as {@code null} in JSON.
 *
 * @param scopeRows N
 * @param count |T|
 * @param errors |T ∩ E|
 * @param baseline the tag's reference accuracy, NaN when none
 * @param headroom max(0, baseline − accuracy), NaN without a baseline or without tagged rows
 * @param potentialGain headroom × prevalence: how much overall accuracy rises if the tag reaches its baseline
 * @param lift error rate / the scope's overall error rate
 */
public record TagMetrics(
        String name, long scopeRows, long count, long errors,
        Proportion prevalence, Proportion errorShare, Proportion errorRate, Proportion accuracy,
        double baseline, double headroom, double potentialGain, double lift) {

    /**
     * Metrics of every tag. Tags sharing one scope bitmap (the same instance) share its intersections, so
     * each tag costs two cardinality-only intersections.
     */
    public static List<TagMetrics> compute(List<TagInput> tags, ErrorRows errorRows) {
        Map<RoaringBitmap, Scope> scopes = new IdentityHashMap<>();
        List<TagMetrics> metrics = new ArrayList<>(tags.size());
        for (TagInput tag : tags) {
            Scope scope = scopes.computeIfAbsent(tag.scope(), rows -> new Scope(rows, errorRows));
            metrics.add(of(tag, scope));
        }
        return List.copyOf(metrics);
    }

    private static TagMetrics of(TagInput tag, Scope scope) {
        long n = scope.evaluable.getLongCardinality();
        long scopeErrors = scope.errors.getLongCardinality();
        long count = RoaringBitmap.andCardinality(tag.members(), scope.evaluable);
        long errors = RoaringBitmap.andCardinality(tag.members(), scope.errors);
        Proportion prevalence = Proportion.of(count, n);
        Proportion errorRate = Proportion.of(errors, count);
        Proportion accuracy = errorRate.complement();
        // Math.max keeps NaN, so a missing baseline or an empty tag leaves the headroom undefined
        double headroom = Math.max(0, tag.baseline() - accuracy.value());
        double overallErrorRate = n == 0 ? Double.NaN : (double) scopeErrors / n;
        return new TagMetrics(tag.name(), n, count, errors, prevalence, Proportion.of(errors, scopeErrors),
                errorRate, accuracy, tag.baseline(), headroom, headroom * prevalence.value(),
                errorRate.value() / overallErrorRate);
    }

    /** The evaluable and error rows of one scope. */
    private static final class Scope {
        private final RoaringBitmap evaluable;
        private final RoaringBitmap errors;

        Scope(RoaringBitmap rows, ErrorRows errorRows) {
            evaluable = RoaringBitmap.and(rows, errorRows.evaluable());
            errors = RoaringBitmap.and(rows, errorRows.errors());
        }
    }
}
