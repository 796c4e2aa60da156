package dev.errata.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.ClassMetrics;
import dev.errata.metrics.ClassificationMetrics;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.Proportion;
import dev.errata.metrics.RateGaps;
import dev.errata.metrics.RateSpread;
import dev.errata.metrics.SampleReview;
import dev.errata.metrics.ScoreMetrics;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagMetrics;
import dev.errata.metrics.TranscriptionMetrics;
import dev.errata.metrics.WordConfusions;
import dev.errata.metrics.checks.MetricNames;
import java.util.List;

/**
 * The metrics as the stable JSON document of docs/metrics-json.md: lower_snake_case names, rates as
 * fractions, {@code null} where a value does not apply or is undefined.
 */
public final class MetricsJson {

    public static final String FORMAT = "errata-metrics/1";
    private static final List<BinaryRate> FAIRNESS_RATES = List.of(
            BinaryRate.POSITIVE_RATE,
            BinaryRate.TPR,
            BinaryRate.FPR,
            BinaryRate.TNR,
            BinaryRate.FNR,
            BinaryRate.PRECISION,
            BinaryRate.ACCURACY);
    /** How many of a transcription's most frequent word confusions the document lists. */
    private static final int WORD_CONFUSIONS = 20;

    private MetricsJson() {}

    public static String write(MetricsSummary summary) {
        return JsonDocument.text(tree(summary));
    }

    public static JsonNode tree(MetricsSummary summary) {
        MetricsSnapshot s = summary.snapshot();
        ObjectNode root = JsonDocument.object();
        root.put("format", FORMAT);
        root.put("data", summary.dataName());
        root.put("rows", s.rows());
        root.put("task", s.task().key());
        root.put("positive_class", summary.positiveClass());
        root.put("evaluable_rows", s.errorRows().evaluableCount());
        root.put("errors", s.errorRows().errorCount());
        number(root, "threshold", s.settings().threshold());
        number(root, "tolerance", s.errorRows().tolerance());
        ArrayNode warnings = root.putArray("warnings");
        summary.warnings().forEach(warnings::add);
        root.set("overall", overall(s));
        root.set("rates", rates(s));
        root.set("classes", classes(s.classification()));
        root.set("confusion", confusion(s.classification()));
        root.set("tags", tags(s.tags(), s.tagTranscriptions()));
        root.set("slices", slices(s.slices(), s.thresholdSlices()));
        root.set("disparities", disparities(s.slices()));
        root.set("word_confusions", wordConfusions(s));
        return root;
    }

    private static ObjectNode overall(MetricsSnapshot s) {
        ObjectNode o = JsonDocument.object();
        MetricNames.overall().forEach((name, value) -> {
            double v = value.applyAsDouble(s);
            if (MetricNames.isCount(name) && !Double.isNaN(v)) {
                o.put(name, (long) v);
            } else {
                number(o, name, v);
            }
        });
        ScoreMetrics scores = s.scores();
        if (scores != null) {
            o.put("scored_rows", scores.scoredRows());
            o.put("unscored_rows", scores.unscoredRows());
        }
        return o;
    }

    private static JsonNode rates(MetricsSnapshot s) {
        if (s.predictionRates() == null) {
            return JsonDocument.nothing();
        }
        ObjectNode o = JsonDocument.object();
        o.set("prediction", rateNode(s.predictionRates()));
        if (s.thresholdRates() != null) {
            ObjectNode at = rateNode(s.thresholdRates());
            number(at, "threshold", s.settings().threshold());
            o.set("threshold", at);
        }
        return o;
    }

    private static ObjectNode rateNode(BinaryRates r) {
        ObjectNode o = JsonDocument.object();
        o.put("tp", r.truePositives());
        o.put("fp", r.falsePositives());
        o.put("tn", r.trueNegatives());
        o.put("fn", r.falseNegatives());
        for (BinaryRate rate : BinaryRate.values()) {
            number(o, rate.key(), r.value(rate));
        }
        return o;
    }

    private static JsonNode classes(ClassificationMetrics c) {
        ArrayNode list = JsonDocument.array();
        if (c == null) {
            return list;
        }
        for (ClassMetrics m : c.perClass()) {
            ObjectNode o = list.addObject();
            o.put("class", m.name());
            number(o, "precision", m.precision());
            number(o, "recall", m.recall());
            number(o, "f1", m.f1());
            o.put("support", m.support());
        }
        return list;
    }

    private static JsonNode confusion(ClassificationMetrics c) {
        if (c == null) {
            return JsonDocument.nothing();
        }
        ObjectNode o = JsonDocument.object();
        ArrayNode labels = o.putArray("labels");
        c.confusion().classes().forEach(labels::add);
        ArrayNode matrix = o.putArray("matrix");
        for (List<Long> row : c.confusion().counts()) {
            ArrayNode r = matrix.addArray();
            row.forEach(r::add);
        }
        o.set("row_normalised", numberMatrix(c.confusion().rowNormalised()));
        o.set("column_normalised", numberMatrix(c.confusion().columnNormalised()));
        return o;
    }

    private static ArrayNode numberMatrix(List<List<Double>> rows) {
        ArrayNode matrix = JsonDocument.array();
        for (List<Double> row : rows) {
            ArrayNode r = matrix.addArray();
            row.forEach(v -> {
                if (Double.isNaN(v)) {
                    r.addNull();
                } else {
                    r.add(v);
                }
            });
        }
        return matrix;
    }

    /** A transcription's most frequent word confusions over the evaluable rows; empty for other tasks. */
    private static JsonNode wordConfusions(MetricsSnapshot s) {
        ArrayNode list = JsonDocument.array();
        if (s.transcripts() == null) {
            return list;
        }
        for (WordConfusions.Confusion c :
                WordConfusions.mostFrequent(s.transcripts(), s.errorRows().evaluable(), WORD_CONFUSIONS)) {
            ObjectNode o = list.addObject();
            o.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("reference", c.reference());
            o.put("recognised", c.recognised());
            o.put("count", c.count());
        }
        return list;
    }

    /** @param transcriptions a transcription's rates of each tag, in order; empty for other tasks */
    private static JsonNode tags(List<TagMetrics> tags, List<TranscriptionMetrics> transcriptions) {
        ArrayNode list = JsonDocument.array();
        for (int i = 0; i < tags.size(); i++) {
            TagMetrics t = tags.get(i);
            ObjectNode o = list.addObject();
            o.put("tag", t.name());
            o.put("estimate", t.estimate().key());
            o.put("count", t.count());
            o.put("scope_rows", t.scopeRows());
            o.put("errors", t.errors());
            proportion(o, "prevalence", t.prevalence());
            proportion(o, "error_share", t.errorShare());
            proportion(o, "error_rate", t.errorRate());
            proportion(o, "accuracy", t.accuracy());
            number(o, "baseline", t.baseline());
            proportion(o, "headroom", t.headroom());
            proportion(o, "potential_gain", t.potentialGain());
            number(o, "lift", t.lift());
            o.put("small_sample", t.errorRate().smallSample());
            SampleReview review = t.review();
            if (review != null) {
                o.put("reviewed_rows", review.reviewedRows());
                o.put("reviewed_errors", review.reviewedErrors());
                o.put("reviewed_correct", review.reviewedCorrect());
                if (review.isComplete()) {
                    o.putNull("unknown_because");
                } else {
                    o.put("unknown_because", review.unknown());
                }
                count(o, "more_errors_for_gain", review.moreErrors());
                count(o, "more_correct_for_gain", review.moreCorrect());
            }
            if (!transcriptions.isEmpty()) {
                transcription(o, transcriptions.get(i));
            }
        }
        return list;
    }

    private static JsonNode slices(List<SliceTable> tables, List<SliceTable> atThreshold) {
        ArrayNode list = JsonDocument.array();
        for (int t = 0; t < tables.size(); t++) {
            SliceTable table = tables.get(t);
            List<Slice> thresholdSlices =
                    atThreshold.isEmpty() ? null : atThreshold.get(t).slices();
            for (int i = 0; i < table.slices().size(); i++) {
                Slice slice = table.slices().get(i);
                ObjectNode o = list.addObject();
                o.put("column", table.column());
                o.put("value", slice.value());
                o.put("count", slice.rows());
                o.put("errors", slice.errors());
                proportion(o, "accuracy", slice.accuracy());
                proportion(o, "error_rate", slice.errorRate());
                o.put("small_sample", slice.errorRate().smallSample());
                if (slice.binary() != null) {
                    binaryRates(o, slice.binary());
                }
                if (thresholdSlices != null) {
                    ObjectNode at = o.putObject("at_threshold");
                    binaryRates(at, thresholdSlices.get(i).binary());
                }
                if (slice.scores() != null) {
                    number(o, "roc_auc", slice.scores().rocAuc());
                    number(o, "pr_auc", slice.scores().averagePrecision());
                    number(o, "log_loss", slice.scores().logLoss());
                }
                if (slice.regression() != null) {
                    number(o, "mae", slice.regression().mae());
                    number(o, "rmse", slice.regression().rmse());
                    number(o, "mean_residual", slice.regression().meanResidual());
                }
                if (slice.transcription() != null) {
                    transcription(o, slice.transcription());
                }
            }
        }
        return list;
    }

    private static void transcription(ObjectNode o, TranscriptionMetrics t) {
        number(o, "wer", t.wordErrorRate());
        number(o, "cer", t.characterErrorRate());
        number(o, "sentence_error_rate", t.sentenceErrorRate());
        o.put("substitutions", t.substitutions());
        o.put("deletions", t.deletions());
        o.put("insertions", t.insertions());
        o.put("reference_words", t.referenceWords());
    }

    /** The fairness rates of a group and each one's gap to the overall rate. */
    private static void binaryRates(ObjectNode o, RateGaps gaps) {
        ObjectNode gapNode = JsonDocument.object();
        for (BinaryRate rate : FAIRNESS_RATES) {
            number(o, rate.key(), gaps.rates().value(rate));
            number(gapNode, rate.key(), gaps.gap(rate));
        }
        o.set("gap_to_overall", gapNode);
    }

    private static JsonNode disparities(List<SliceTable> tables) {
        ArrayNode list = JsonDocument.array();
        for (SliceTable table : tables) {
            for (RateSpread spread : table.spreads()) {
                ObjectNode o = list.addObject();
                o.put("column", table.column());
                o.put("rate", spread.rate().key());
                number(o, "max", spread.max());
                number(o, "min", spread.min());
                number(o, "max_minus_min", spread.difference());
                number(o, "min_over_max", spread.ratio());
            }
        }
        return list;
    }

    /** A rate and, beside it, its 95% Wilson interval as {@code NAME_low} and {@code NAME_high}. */
    private static void proportion(ObjectNode o, String name, Proportion p) {
        number(o, name, p.value());
        number(o, name + "_low", p.low());
        number(o, name + "_high", p.high());
    }

    /** A count that is -1 when it cannot be known, written as {@code null} then. */
    private static void count(ObjectNode o, String name, long value) {
        if (value < 0) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }

    /** A number, or null where it is undefined: JSON has no NaN. */
    static void number(ObjectNode o, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }
}
