package dev.errata.metrics.checks;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.Model;
import dev.errata.metrics.ClassMetrics;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.SampleReview;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagInput;
import dev.errata.metrics.TagMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Evaluates checks: each gets its value and PASS or FAIL, or the reason it has no value. */
public final class CheckEvaluator {

    private CheckEvaluator() {}

    /**
     * Computes the metrics the checks need (the slices of every column they name, no others) and evaluates
     * each check on them.
     */
    public static List<CheckResult> evaluate(
            List<Check> checks, Dataset data, ColumnRoles roles, MetricsSettings settings, List<TagInput> tags) {
        return evaluate(checks, data, roles, settings, tags, List.of());
    }

    /**
     * As {@link #evaluate(List, Dataset, ColumnRoles, MetricsSettings, List)}, with the models a check may
     * name ({@code accuracy[v2]}): each named model's metrics are computed with its columns in the roles.
     */
    public static List<CheckResult> evaluate(
            List<Check> checks,
            Dataset data,
            ColumnRoles roles,
            MetricsSettings settings,
            List<TagInput> tags,
            List<Model> models) {
        MetricsSnapshot snapshot = snapshotFor(checks, data, roles, settings, tags);
        Map<String, MetricsSnapshot> byModel = new HashMap<>();
        Function<String, MetricsSnapshot> modelSnapshot = name -> byModel.computeIfAbsent(
                name,
                n -> models.stream()
                        .filter(m -> m.name().equals(n))
                        .findFirst()
                        .map(m -> MetricsSnapshot.compute(
                                data,
                                m.roles(roles, data.name(), data.columnNames()),
                                snapshot.settings(),
                                tags,
                                snapshot.errorRows()))
                        .orElse(null));
        return checks.stream()
                .map(check -> check.comparesModels()
                        ? ModelCheck.evaluate(check, modelSnapshot, models)
                        : evaluate(check, snapshot))
                .toList();
    }

    /** The metrics the checks need: those of the settings, sliced by every column the checks name and no other. */
    public static MetricsSnapshot snapshotFor(
            List<Check> checks, Dataset data, ColumnRoles roles, MetricsSettings settings, List<TagInput> tags) {
        List<String> columns = slicedColumns(checks).stream()
                .filter(column -> data.find(column).isPresent())
                .toList();
        MetricsSettings sliced = settings.withSliceColumns(columns).withCrosses(List.of());
        return MetricsSnapshot.compute(data, roles, sliced, tags);
    }

    /**
     * {@link #slicedColumns} of checks as written, before their data is read: a check that does not parse
     * names none here, and is refused with its message where it is evaluated.
     */
    public static Set<String> slicedColumnsOf(List<String> texts) {
        List<Check> parsed = new ArrayList<>();
        for (String text : texts) {
            try {
                parsed.add(Check.parse(text));
            } catch (CheckException e) {
                // said with the check's place among them once the data is read
            }
        }
        return slicedColumns(parsed);
    }

    /** The columns the checks slice by: those of their slices and gaps. */
    public static Set<String> slicedColumns(List<Check> checks) {
        Set<String> columns = new LinkedHashSet<>();
        for (Check check : checks) {
            Target.Kind kind = check.target().kind();
            if (kind == Target.Kind.SLICE || kind == Target.Kind.GAP) {
                columns.add(check.target().name());
            }
        }
        return columns;
    }

    /**
     * A check on a tag's metric. A hand tag's metrics are estimates for all rows from the reviewed sample:
     * the result says so, with the interval, and one that cannot be known says what to review.
     */
    private static CheckResult tagResult(Check check, TagMetrics tag) {
        Map<String, ToDoubleFunction<TagMetrics>> metrics = MetricNames.tag();
        CheckResult result = CheckResult.of(check, metrics.get(check.metric()).applyAsDouble(tag));
        SampleReview review = tag.review();
        if (review == null || MetricNames.isCount(check.metric())) {
            return result;
        }
        if (result.reason() != null && !review.isComplete()) {
            return CheckResult.unevaluable(check, "unknown from the reviewed sample: " + review.unknown());
        }
        String how = "estimated from " + review.reviewedRows() + " reviewed rows";
        ToDoubleFunction<TagMetrics> low = metrics.get(check.metric() + "_low");
        ToDoubleFunction<TagMetrics> high = metrics.get(check.metric() + "_high");
        if (low != null && high != null) {
            how += String.format(
                    Locale.ROOT, ", 95%% interval [%.4f, %.4f]", low.applyAsDouble(tag), high.applyAsDouble(tag));
        }
        return result.noting(how);
    }

    /** A check on a snapshot; a column the snapshot has no slices of reads as a column the data lacks. */
    public static CheckResult evaluate(Check check, MetricsSnapshot snapshot) {
        Target target = check.target();
        String metric = check.metric();
        return switch (target.kind()) {
            case DATA -> CheckResult.of(check, MetricNames.data().get(metric).applyAsDouble(snapshot));
            case TAG ->
                snapshot.tags().stream()
                        .filter(t -> t.name().equals(target.name()))
                        .findFirst()
                        .map(tag -> tagResult(check, tag))
                        .orElseGet(() -> CheckResult.unevaluable(
                                check,
                                "no tag \"" + target.name() + "\""
                                        + known(
                                                "tags",
                                                snapshot.tags().stream()
                                                        .map(TagMetrics::name)
                                                        .toList())));
            case CLASS -> classResult(check, snapshot);
            case SLICE ->
                table(snapshot, target.name())
                        .map(table -> sliceResult(check, table))
                        .orElseGet(() -> noColumn(check));
            case GAP ->
                table(snapshot, target.name())
                        .map(table -> CheckResult.of(
                                check, gap(table, MetricNames.slice().get(metric))))
                        .orElseGet(() -> noColumn(check));
            case EVERY_TAG -> CheckResult.unevaluable(check, "it compares models; give them with --model");
        };
    }

    private static CheckResult classResult(Check check, MetricsSnapshot snapshot) {
        if (snapshot.classification() == null) {
            return CheckResult.unevaluable(check, "a " + snapshot.task().key() + " task has no classes");
        }
        List<ClassMetrics> classes = snapshot.classification().perClass();
        return classes.stream()
                .filter(c -> c.name().equals(check.target().name()))
                .findFirst()
                .map(c -> CheckResult.of(
                        check, MetricNames.classes().get(check.metric()).applyAsDouble(c)))
                .orElseGet(() -> CheckResult.unevaluable(
                        check,
                        "no class \"" + check.target().name() + "\""
                                + known(
                                        "classes",
                                        classes.stream().map(ClassMetrics::name).toList())));
    }

    private static CheckResult sliceResult(Check check, SliceTable table) {
        String value = check.target().value();
        return table.slices().stream()
                .filter(s -> s.value().equals(value))
                .findFirst()
                .map(slice -> CheckResult.of(
                        check, MetricNames.slice().get(check.metric()).applyAsDouble(slice)))
                .orElseGet(() -> CheckResult.unevaluable(
                        check,
                        "column " + table.column() + " has no group \"" + value + "\""
                                + known(
                                        "groups",
                                        table.slices().stream()
                                                .map(Slice::value)
                                                .toList())));
    }

    /** max − min over the groups where the metric is defined; NaN when none defines it. */
    private static double gap(SliceTable table, ToDoubleFunction<Slice> metric) {
        double max = Double.NaN;
        double min = Double.NaN;
        for (Slice slice : table.slices()) {
            double value = metric.applyAsDouble(slice);
            if (!Double.isNaN(value)) {
                max = Double.isNaN(max) ? value : Math.max(max, value);
                min = Double.isNaN(min) ? value : Math.min(min, value);
            }
        }
        return max - min;
    }

    private static Optional<SliceTable> table(MetricsSnapshot snapshot, String column) {
        return snapshot.slices().stream().filter(t -> t.column().equals(column)).findFirst();
    }

    private static CheckResult noColumn(Check check) {
        return CheckResult.unevaluable(check, "no column \"" + check.target().name() + "\" in the data");
    }

    private static String known(String what, List<String> names) {
        return names.isEmpty() ? "; there are no " + what : "; the " + what + " are " + String.join(", ", names);
    }
}
