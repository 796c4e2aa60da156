package dev.errata.metrics;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * How much of the error one tag explains and how much there is to gain, for all evaluable rows. With N
 * the evaluable rows, E the errors and T the tagged rows: prevalence |T|/N, error share |T∩E|/|E|, error
 * rate |T∩E|/|T|, accuracy 1 − error rate, headroom max(0, baseline − accuracy), potential gain headroom ×
 * prevalence. Rule and imported tags count them over every row ({@link TagEstimate#ALL_ROWS}, Wilson
 * intervals); hand tags estimate them from the reviewed sample ({@link SampleEstimate}). Undefined or
 * unknown values are NaN, written as {@code null} in JSON.
 *
 * @param scopeRows N
 * @param count |T| counted: for a hand tag, the reviewed rows carrying it
 * @param errors |T ∩ E| counted: for a hand tag, the reviewed errors carrying it
 * @param baseline the tag's reference accuracy, NaN when none
 * @param headroom unknown without a baseline or without tagged rows
 * @param potentialGain how much overall accuracy rises if the tag reaches its baseline
 * @param lift error rate / the overall error rate
 * @param review what a hand tag's estimates rest on; null for a tag counted over all rows
 */
public record TagMetrics(
        String name,
        TagEstimate estimate,
        long scopeRows,
        long count,
        long errors,
        Proportion prevalence,
        Proportion errorShare,
        Proportion errorRate,
        Proportion accuracy,
        double baseline,
        Proportion headroom,
        Proportion potentialGain,
        double lift,
        SampleReview review) {

    /** Metrics of every tag, hand tags estimated over the strata of errors and correct rows. */
    public static List<TagMetrics> compute(List<TagInput> tags, ErrorRows errorRows) {
        return compute(tags, ReviewStrata.byOutcome(errorRows));
    }

    /**
     * Metrics of every tag. Tags counted over all rows share the intersections of their scope bitmap (the
     * same instance), so each costs two cardinality-only intersections.
     */
    public static List<TagMetrics> compute(List<TagInput> tags, ReviewStrata strata) {
        Map<RoaringBitmap, Scope> scopes = new IdentityHashMap<>();
        List<TagMetrics> metrics = new ArrayList<>(tags.size());
        for (TagInput tag : tags) {
            if (tag.sampled()) {
                metrics.add(SampleEstimate.of(tag, strata));
            } else {
                Scope scope = scopes.computeIfAbsent(tag.scope(), rows -> new Scope(rows, strata.errorRows()));
                metrics.add(counted(tag, scope));
            }
        }
        return List.copyOf(metrics);
    }

    private static TagMetrics counted(TagInput tag, Scope scope) {
        return counted(
                tag.name(),
                tag.baseline(),
                scope.evaluable.getLongCardinality(),
                scope.errors.getLongCardinality(),
                RoaringBitmap.andCardinality(tag.members(), scope.evaluable),
                RoaringBitmap.andCardinality(tag.members(), scope.errors));
    }

    /**
     * The metrics of a tag counted over every row, from its counts alone (e.g. counted on a cluster).
     *
     * @param n the evaluable rows
     * @param scopeErrors the errors among them
     * @param count the evaluable rows the tag holds
     * @param errors the errors the tag holds
     */
    public static TagMetrics counted(String name, double baseline, long n, long scopeErrors, long count, long errors) {
        Proportion prevalence = Proportion.of(count, n);
        Proportion errorRate = Proportion.of(errors, count);
        Proportion accuracy = Proportion.of(count - errors, count);
        double overallErrorRate = n == 0 ? Double.NaN : (double) scopeErrors / n;
        return new TagMetrics(
                name,
                TagEstimate.ALL_ROWS,
                n,
                count,
                errors,
                prevalence,
                Proportion.of(errors, scopeErrors),
                errorRate,
                accuracy,
                baseline,
                Gains.headroom(accuracy, baseline),
                gain(baseline, n, scopeErrors, count, errors),
                errorRate.value() / overallErrorRate,
                null);
    }

    /**
     * max(0, (baseline − 1)·|T|/N + |T∩E|/N), which is headroom × prevalence, with the same interval as a
     * hand tag's when every row is reviewed, the rows taken as a draw rather than the whole population.
     */
    private static Proportion gain(double baseline, long n, long scopeErrors, long count, long errors) {
        boolean small = n < Proportion.SMALL_SAMPLE;
        if (Double.isNaN(baseline) || n == 0) {
            return Proportion.unknown(small);
        }
        long correct = n - scopeErrors;
        List<Stratum> strata = List.of(
                new Stratum("errors", true, scopeErrors, scopeErrors, errors),
                new Stratum("correct rows", false, correct, correct, count - errors));
        double[] weights = {(double) scopeErrors / n * baseline, (double) correct / n * (baseline - 1)};
        return Gains.positivePart(LinearEstimate.of(strata, weights, false), small);
    }

    /** Whether the metrics are estimates from the reviewed sample (a hand tag). */
    public boolean isEstimated() {
        return estimate == TagEstimate.SAMPLE;
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
