package dev.errata.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * A hand tag's metrics for the whole data, estimated from the reviewed rows. The reviewed rows are a
 * stratified sample (errors and correct rows, and the design's slice values), each standing for the rows
 * of its stratum ÷ its stratum's reviewed rows. With pₕ the tagged share of stratum h's reviewed rows,
 * Nₕ its rows, N all evaluable rows and E the error strata:
 * <ul>
 * <li>prevalence = Σ Nₕpₕ ÷ N and error share = Σ_E Nₕpₕ ÷ |E| are linear in the shares
 * ({@link LinearEstimate});
 * <li>error rate = Σ_E Nₕpₕ ÷ Σ Nₕpₕ is a ratio ({@link RatioEstimate}); accuracy is its complement and
 * headroom = max(0, baseline − accuracy) follows from its limits;
 * <li>potential gain = headroom × prevalence = max(0, Σ Nₕ(baseline − 1 + eₕ)pₕ ÷ N), linear again, so its
 * interval is direct rather than a product of two intervals.
 * </ul>
 * A value needing a stratum that has rows but no reviewed row is unknown (NaN), with what to review.
 */
final class SampleEstimate {

    private SampleEstimate() {}

    static TagMetrics of(TagInput tag, ReviewStrata strata) {
        List<Stratum> counted = strata.count(tag.scope(), tag.members());
        long n = strata.population();
        long errorRows = strata.errorPopulation();
        long reviewed = sum(counted, s -> true, Stratum::reviewed);
        long reviewedErrors = sum(counted, Stratum::errors, Stratum::reviewed);
        long count = sum(counted, s -> true, Stratum::tagged);
        long errors = sum(counted, Stratum::errors, Stratum::tagged);
        boolean errorsCovered = counted.stream().filter(Stratum::errors).allMatch(Stratum::isCovered);
        boolean allCovered = counted.stream().allMatch(Stratum::isCovered);
        boolean smallSample = reviewed < Proportion.SMALL_SAMPLE;

        boolean fewErrors = reviewedErrors < Proportion.SMALL_SAMPLE;
        Proportion errorShare = errorsCovered && errorRows > 0
                ? linear(counted, s -> s.errors() ? (double) s.population() / errorRows : 0, fewErrors)
                : Proportion.unknown(fewErrors);
        Proportion prevalence = allCovered && n > 0
                ? linear(counted, s -> (double) s.population() / n, smallSample)
                : Proportion.unknown(smallSample);
        boolean fewTagged = count < Proportion.SMALL_SAMPLE;
        Proportion errorRate =
                allCovered ? RatioEstimate.errorRate(counted, true, fewTagged) : Proportion.unknown(fewTagged);
        double baseline = tag.baseline();
        boolean gainKnown = allCovered && !Double.isNaN(baseline) && n > 0;
        double[] gainWeights =
                coefficients(counted, s -> (double) s.population() / n * (baseline - 1 + (s.errors() ? 1 : 0)));
        LinearEstimate gain = gainKnown ? LinearEstimate.of(counted, gainWeights, true) : null;
        long[] more = gainKnown ? ReviewsNeeded.forGain(counted, gainWeights, gain) : new long[] {-1, -1};
        SampleReview review = new SampleReview(
                reviewed, reviewedErrors, reviewed - reviewedErrors, missing(counted), more[0], more[1]);
        Proportion accuracy = errorRate.complement();
        return new TagMetrics(
                tag.name(),
                TagEstimate.SAMPLE,
                n,
                count,
                errors,
                prevalence,
                errorShare,
                errorRate,
                accuracy,
                baseline,
                Gains.headroom(accuracy, baseline),
                gainKnown ? Gains.positivePart(gain, smallSample) : Proportion.unknown(smallSample),
                errorRate.value() / ((double) errorRows / n),
                review);
    }

    private static Proportion linear(List<Stratum> strata, ToDoubleFunction<Stratum> weight, boolean smallSample) {
        LinearEstimate e = LinearEstimate.of(strata, coefficients(strata, weight), true);
        return new Proportion(e.value(), Math.max(0, e.low()), Math.min(1, e.high()), smallSample);
    }

    private static double[] coefficients(List<Stratum> strata, ToDoubleFunction<Stratum> weight) {
        return strata.stream().mapToDouble(weight).toArray();
    }

    private static long sum(List<Stratum> strata, Predicate<Stratum> which, ToLongFunction<Stratum> what) {
        return strata.stream().filter(which).mapToLong(what).sum();
    }

    /** "review some correct rows: 0 of 3,480 reviewed", one clause per stratum that lacks a reviewed row. */
    private static String missing(List<Stratum> strata) {
        List<String> clauses = new ArrayList<>();
        for (Stratum s : strata) {
            if (!s.isCovered()) {
                clauses.add(String.format(Locale.ROOT, "review some %s: 0 of %,d reviewed", s.name(), s.population()));
            }
        }
        return String.join("; ", clauses);
    }
}
