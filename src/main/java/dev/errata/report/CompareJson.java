package dev.errata.report;

import static dev.errata.report.MetricsJson.number;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.compare.LevelComparison;
import dev.errata.compare.ModelComparison;
import dev.errata.compare.PairedAuc;
import dev.errata.compare.PairedOutcomes;
import dev.errata.metrics.checks.MetricNames;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** A comparison of models as the JSON document docs/compare-json.md describes, format errata-compare/1. */
public final class CompareJson {

    public static final String FORMAT = "errata-compare/1";

    private CompareJson() {}

    public static String write(ModelComparison comparison) {
        return JsonDocument.text(tree(comparison));
    }

    public static ObjectNode tree(ModelComparison comparison) {
        List<String> models = comparison.names();
        ObjectNode root = JsonDocument.object();
        root.put("format", FORMAT);
        ArrayNode names = root.putArray("models");
        models.forEach(names::add);
        ObjectNode overall = level(comparison.overall(), models, MetricNames.overall());
        PairedAuc auc = comparison.auc();
        if (auc != null) {
            number(overall, "auc_difference", auc.difference().value());
            number(overall, "auc_difference_low", auc.difference().low());
            number(overall, "auc_difference_high", auc.difference().high());
            number(overall, "auc_p_value", auc.pValue());
        }
        root.set("overall", overall);
        entries(root.putArray("classes"), comparison.classes(), "class", models, MetricNames.classes());
        entries(root.putArray("slices"), comparison.slices(), "value", models, MetricNames.slice());
        entries(root.putArray("tags"), comparison.tags(), "tag", models, MetricNames.tag());
        return root;
    }

    /** One entry per level, named under {@code key} (a slice also by its column). */
    private static <M> void entries(
            ArrayNode list,
            List<LevelComparison<M>> levels,
            String key,
            List<String> models,
            Map<String, ToDoubleFunction<M>> fields) {
        for (LevelComparison<M> level : levels) {
            ObjectNode o = list.addObject();
            if (level.column() != null) {
                o.put("column", level.column());
            }
            o.put(key, level.name());
            o.setAll(level(level, models, fields));
        }
    }

    /**
     * The paired counts of a level and each model's metrics under their metrics-json names, with the
     * model's accuracy and error rate on the level where metrics-json has none (a class).
     */
    private static <M> ObjectNode level(
            LevelComparison<M> level, List<String> models, Map<String, ToDoubleFunction<M>> fields) {
        PairedOutcomes paired = level.paired();
        ObjectNode o = JsonDocument.object();
        o.put("rows", paired.rows());
        o.put("fixed", paired.fixed());
        o.put("broken", paired.broken());
        number(o, "p_value", paired.pValue());
        number(o, "accuracy_difference", paired.accuracyDifference().value());
        number(o, "accuracy_difference_low", paired.accuracyDifference().low());
        number(o, "accuracy_difference_high", paired.accuracyDifference().high());
        ObjectNode metrics = o.putObject("metrics");
        for (int m = 0; m < models.size(); m++) {
            ObjectNode model = metrics.putObject(models.get(m));
            M values = level.metrics().get(m);
            if (values != null) {
                fields.forEach((name, value) -> number(model, name, value.applyAsDouble(values)));
            }
            if (!model.has("accuracy")) {
                // a class's entry in metrics-json has no accuracy: here it is the recall of its rows
                number(model, "accuracy", level.accuracy().get(m));
                number(model, "error_rate", 1 - level.accuracy().get(m));
            }
        }
        return o;
    }
}
