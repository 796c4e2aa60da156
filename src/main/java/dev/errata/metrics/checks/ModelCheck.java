package dev.errata.metrics.checks;

import dev.errata.data.Model;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.TagMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A check across models: one model's metric against another's plus an offset, on the same part of the data
 * ({@code accuracy[v2] >= accuracy[v1] - 0.01 on tag "car noise"}), or every tag's error rate between two
 * models ({@code no tag regresses by more than 0.02 between v1 and v2}).
 */
final class ModelCheck {

    private ModelCheck() {}

    /** @param snapshots each model's metrics by its name; null for a name no model has */
    static CheckResult evaluate(Check check, Function<String, MetricsSnapshot> snapshots, List<Model> models) {
        for (String name : new String[] {check.model(), check.reference()}) {
            if (name != null && snapshots.apply(name) == null) {
                return CheckResult.unevaluable(
                        check,
                        "no model \"" + name + "\"; "
                                + (models.isEmpty()
                                        ? "give each as --model NAME=PREDICTION_COLUMN"
                                        : "the models are "
                                                + String.join(
                                                        ", ",
                                                        models.stream()
                                                                .map(Model::name)
                                                                .toList())));
            }
        }
        if (check.target().kind() == Target.Kind.EVERY_TAG) {
            return everyTag(check, snapshots.apply(check.reference()), snapshots.apply(check.model()));
        }
        MetricsSnapshot measured = snapshots.apply(check.model());
        CheckResult value = CheckEvaluator.evaluate(check, measured);
        if (check.reference() == null || value.reason() != null) {
            return value;
        }
        CheckResult reference = CheckEvaluator.evaluate(check, snapshots.apply(check.reference()));
        if (reference.reason() != null) {
            return CheckResult.unevaluable(check, check.reference() + ": " + reference.reason());
        }
        double bound = reference.value() + check.bound();
        return new CheckResult(
                check,
                value.value(),
                check.comparison().holds(value.value(), bound),
                null,
                String.format(
                        Locale.ROOT, "%s has %.4f, %s %.4f", check.model(), value.value(), check.reference(), bound));
    }

    /**
     * Each tag's error rate under {@code after} less its rate under {@code before}: the value is the largest
     * rise, and the check fails naming every tag that rose by more than the bound. A hand tag whose rate is
     * unknown under either model is named apart.
     */
    private static CheckResult everyTag(Check check, MetricsSnapshot before, MetricsSnapshot after) {
        double largest = Double.NEGATIVE_INFINITY;
        List<String> regressed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < after.tags().size(); i++) {
            TagMetrics was = before.tags().get(i);
            double rise =
                    after.tags().get(i).errorRate().value() - was.errorRate().value();
            if (Double.isNaN(rise)) {
                unknown.add(was.name());
                continue;
            }
            largest = Math.max(largest, rise);
            if (rise > check.bound()) {
                regressed.add(String.format(Locale.ROOT, "\"%s\" by %.4f", was.name(), rise));
            }
        }
        if (largest == Double.NEGATIVE_INFINITY) {
            return CheckResult.unevaluable(check, "no tag has an error rate under both models");
        }
        String note = regressed.isEmpty() ? "" : "regressed: " + String.join(", ", regressed);
        if (!unknown.isEmpty()) {
            note += (note.isEmpty() ? "" : "; ") + "unknown: " + String.join(", ", unknown);
        }
        return new CheckResult(check, largest, regressed.isEmpty(), null, note.isEmpty() ? null : note);
    }
}
