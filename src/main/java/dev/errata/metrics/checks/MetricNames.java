package dev.errata.metrics.checks;

import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.ClassMetrics;
import dev.errata.metrics.ClassificationMetrics;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.Proportion;
import dev.errata.metrics.RegressionMetrics;
import dev.errata.metrics.SampleReview;
import dev.errata.metrics.ScoreMetrics;
import dev.errata.metrics.Slice;
import dev.errata.metrics.TagMetrics;
import dev.errata.metrics.TranscriptionMetrics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The metrics by their names in docs/metrics-json.md, so the JSON document and the check language read
 * the same value under the same name. A value that does not apply (a regression's accuracy) or is
 * undefined is NaN.
 */
public final class MetricNames {

    private static final Set<String> COUNTS = Set.of(
            "rows",
            "evaluable_rows",
            "errors",
            "count",
            "scope_rows",
            "support",
            "reviewed_rows",
            "reviewed_errors",
            "reviewed_correct",
            "substitutions",
            "deletions",
            "insertions",
            "reference_words");
    private static final Map<String, ToDoubleFunction<MetricsSnapshot>> OVERALL = overallTable();
    private static final Map<String, ToDoubleFunction<MetricsSnapshot>> DATA = dataTable();
    private static final Map<String, ToDoubleFunction<TagMetrics>> TAG = tagTable();
    private static final Map<String, ToDoubleFunction<ClassMetrics>> CLASS = classTable();
    private static final Map<String, ToDoubleFunction<Slice>> SLICE = sliceTable();

    private MetricNames() {}

    /** The fields of the JSON document's {@code overall} object, in its order. */
    public static Map<String, ToDoubleFunction<MetricsSnapshot>> overall() {
        return OVERALL;
    }

    /** What a check on the whole data may name: the overall metrics, counts and the binary rates. */
    static Map<String, ToDoubleFunction<MetricsSnapshot>> data() {
        return DATA;
    }

    public static Map<String, ToDoubleFunction<TagMetrics>> tag() {
        return TAG;
    }

    public static Map<String, ToDoubleFunction<ClassMetrics>> classes() {
        return CLASS;
    }

    public static Map<String, ToDoubleFunction<Slice>> slice() {
        return SLICE;
    }

    /** Whether the metric counts rows, so it reads as a whole number. */
    public static boolean isCount(String name) {
        return COUNTS.contains(name);
    }

    static Set<String> names(Target.Kind kind) {
        return switch (kind) {
            case DATA -> DATA.keySet();
            case TAG, EVERY_TAG -> TAG.keySet();
            case CLASS -> CLASS.keySet();
            case SLICE, GAP -> SLICE.keySet();
        };
    }

    private static Map<String, ToDoubleFunction<MetricsSnapshot>> overallTable() {
        Map<String, ToDoubleFunction<MetricsSnapshot>> t = new LinkedHashMap<>();
        Function<MetricsSnapshot, ClassificationMetrics> c = MetricsSnapshot::classification;
        t.put("accuracy", part(c, ClassificationMetrics::accuracy));
        t.put("error_rate", part(c, m -> 1 - m.accuracy()));
        t.put("macro_precision", part(c, ClassificationMetrics::macroPrecision));
        t.put("macro_recall", part(c, ClassificationMetrics::macroRecall));
        t.put("macro_f1", part(c, ClassificationMetrics::macroF1));
        t.put("weighted_precision", part(c, ClassificationMetrics::weightedPrecision));
        t.put("weighted_recall", part(c, ClassificationMetrics::weightedRecall));
        t.put("weighted_f1", part(c, ClassificationMetrics::weightedF1));
        Function<MetricsSnapshot, ScoreMetrics> scores = MetricsSnapshot::scores;
        t.put("roc_auc", part(scores, ScoreMetrics::rocAuc));
        t.put("roc_auc_weighted", part(scores, ScoreMetrics::rocAucWeighted));
        t.put("pr_auc", part(scores, ScoreMetrics::averagePrecision));
        t.put("log_loss", part(scores, ScoreMetrics::logLoss));
        t.put("brier_score", part(scores, ScoreMetrics::brierScore));
        Function<MetricsSnapshot, RegressionMetrics> r = MetricsSnapshot::regression;
        t.put("mae", part(r, RegressionMetrics::mae));
        t.put("rmse", part(r, RegressionMetrics::rmse));
        t.put("r2", part(r, RegressionMetrics::r2));
        t.put("mean_residual", part(r, RegressionMetrics::meanResidual));
        t.put("durbin_watson", part(r, RegressionMetrics::durbinWatson));
        transcription(t, MetricsSnapshot::transcription);
        return Collections.unmodifiableMap(t);
    }

    private static Map<String, ToDoubleFunction<MetricsSnapshot>> dataTable() {
        Map<String, ToDoubleFunction<MetricsSnapshot>> t = new LinkedHashMap<>(OVERALL);
        t.put("rows", MetricsSnapshot::rows);
        t.put("evaluable_rows", s -> s.errorRows().evaluableCount());
        t.put("errors", s -> s.errorRows().errorCount());
        for (BinaryRate rate : BinaryRate.values()) {
            t.putIfAbsent(rate.key(), part(MetricsSnapshot::predictionRates, rates -> rates.value(rate)));
        }
        return Collections.unmodifiableMap(t);
    }

    private static Map<String, ToDoubleFunction<TagMetrics>> tagTable() {
        Map<String, ToDoubleFunction<TagMetrics>> t = new LinkedHashMap<>();
        t.put("count", TagMetrics::count);
        t.put("scope_rows", TagMetrics::scopeRows);
        t.put("errors", TagMetrics::errors);
        withInterval(t, "prevalence", TagMetrics::prevalence);
        withInterval(t, "error_share", TagMetrics::errorShare);
        withInterval(t, "error_rate", TagMetrics::errorRate);
        withInterval(t, "accuracy", TagMetrics::accuracy);
        t.put("baseline", TagMetrics::baseline);
        withInterval(t, "headroom", TagMetrics::headroom);
        withInterval(t, "potential_gain", TagMetrics::potentialGain);
        t.put("lift", TagMetrics::lift);
        // what a hand tag's estimates rest on; undefined for a tag counted over all rows
        t.put("reviewed_rows", part(TagMetrics::review, SampleReview::reviewedRows));
        t.put("reviewed_errors", part(TagMetrics::review, SampleReview::reviewedErrors));
        t.put("reviewed_correct", part(TagMetrics::review, SampleReview::reviewedCorrect));
        return Collections.unmodifiableMap(t);
    }

    private static Map<String, ToDoubleFunction<ClassMetrics>> classTable() {
        Map<String, ToDoubleFunction<ClassMetrics>> t = new LinkedHashMap<>();
        t.put("precision", ClassMetrics::precision);
        t.put("recall", ClassMetrics::recall);
        t.put("f1", ClassMetrics::f1);
        t.put("support", ClassMetrics::support);
        return Collections.unmodifiableMap(t);
    }

    private static Map<String, ToDoubleFunction<Slice>> sliceTable() {
        Map<String, ToDoubleFunction<Slice>> t = new LinkedHashMap<>();
        t.put("count", Slice::rows);
        t.put("errors", Slice::errors);
        withInterval(t, "accuracy", Slice::accuracy);
        withInterval(t, "error_rate", Slice::errorRate);
        for (BinaryRate rate : BinaryRate.values()) {
            Function<Slice, BinaryRates> rates =
                    s -> s.binary() == null ? null : s.binary().rates();
            t.putIfAbsent(rate.key(), part(rates, r -> r.value(rate)));
        }
        Function<Slice, ScoreMetrics> scores = Slice::scores;
        t.put("roc_auc", part(scores, ScoreMetrics::rocAuc));
        t.put("pr_auc", part(scores, ScoreMetrics::averagePrecision));
        t.put("log_loss", part(scores, ScoreMetrics::logLoss));
        Function<Slice, RegressionMetrics> r = Slice::regression;
        t.put("mae", part(r, RegressionMetrics::mae));
        t.put("rmse", part(r, RegressionMetrics::rmse));
        t.put("mean_residual", part(r, RegressionMetrics::meanResidual));
        transcription(t, Slice::transcription);
        return Collections.unmodifiableMap(t);
    }

    /** The word and character error rates and edit counts of a transcription, the same for each scope. */
    private static <T> void transcription(
            Map<String, ToDoubleFunction<T>> table, Function<T, TranscriptionMetrics> metrics) {
        table.put("wer", part(metrics, TranscriptionMetrics::wordErrorRate));
        table.put("cer", part(metrics, TranscriptionMetrics::characterErrorRate));
        table.put("sentence_error_rate", part(metrics, TranscriptionMetrics::sentenceErrorRate));
        table.put("substitutions", part(metrics, TranscriptionMetrics::substitutions));
        table.put("deletions", part(metrics, TranscriptionMetrics::deletions));
        table.put("insertions", part(metrics, TranscriptionMetrics::insertions));
        table.put("reference_words", part(metrics, TranscriptionMetrics::referenceWords));
    }

    /** A rate under its name and its 95% interval's ends as {@code NAME_low} and {@code NAME_high}. */
    private static <T> void withInterval(
            Map<String, ToDoubleFunction<T>> table, String name, Function<T, Proportion> rate) {
        table.put(name, t -> rate.apply(t).value());
        table.put(name + "_low", t -> rate.apply(t).low());
        table.put(name + "_high", t -> rate.apply(t).high());
    }

    /** A value of a part that may be absent (null when it does not apply to the task): NaN then. */
    private static <T, P> ToDoubleFunction<T> part(Function<T, P> part, ToDoubleFunction<P> value) {
        return t -> {
            P p = part.apply(t);
            return p == null ? Double.NaN : value.applyAsDouble(p);
        };
    }
}
