package dev.errata.compare;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.Model;
import dev.errata.data.Task;
import dev.errata.metrics.ClassMetrics;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.Outcomes;
import dev.errata.metrics.ReviewStrata;
import dev.errata.metrics.RowGroups;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagInput;
import dev.errata.metrics.TagMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.roaringbitmap.RoaringBitmap;

/**
 * Several models' predictions of the same rows side by side: each model's metrics computed by the same
 * code as for one model, and, overall, per class (the rows of that label), per slice and per tag, the
 * rows the second model fixed and broke relative to the first, with McNemar's exact p-value and the paired
 * interval of the accuracy difference. Tags belong to rows, so every model is measured on the same tag
 * rows; a hand tag's metrics are each model's estimates from the reviewed sample, and its fixed and broken
 * rows are those among its reviewed rows, the only rows known to be in it.
 *
 * @param snapshots each model's metrics, in the models' order
 * @param auc the first two models' ROC AUCs and their paired difference, for a binary task where both have
 *     scores; null otherwise
 */
public record ModelComparison(
        List<Model> models,
        List<MetricsSnapshot> snapshots,
        LevelComparison<MetricsSnapshot> overall,
        List<LevelComparison<ClassMetrics>> classes,
        List<LevelComparison<Slice>> slices,
        List<LevelComparison<TagMetrics>> tags,
        PairedAuc auc) {

    public ModelComparison {
        models = List.copyOf(models);
        snapshots = List.copyOf(snapshots);
        classes = List.copyOf(classes);
        slices = List.copyOf(slices);
        tags = List.copyOf(tags);
    }

    /**
     * Compares the models, the first two in pairs.
     *
     * @param roles the data's roles (label, id, task); each model's prediction and scores replace theirs
     * @throws IllegalArgumentException with fewer than two models, two of one name, or a missing column
     */
    public static ModelComparison compute(
            Dataset data, ColumnRoles roles, MetricsSettings settings, List<TagInput> tags, List<Model> models) {
        if (models.size() < 2) {
            throw new IllegalArgumentException(
                    "a comparison needs two models or more; give each as --model NAME=PREDICTION_COLUMN");
        }
        Set<String> names = new HashSet<>();
        for (Model model : models) {
            if (!names.add(model.name())) {
                throw new IllegalArgumentException("two models are named \"" + model.name() + "\"");
            }
        }
        List<ColumnRoles> modelRoles = models.stream()
                .map(m -> m.roles(roles, data.name(), data.columnNames()))
                .toList();
        ErrorRows reviewed = ErrorRows.ofReviewedModel(data, roles, settings, tags);
        List<MetricsSnapshot> snapshots = modelRoles.stream()
                .map(r -> MetricsSnapshot.compute(data, r, settings, tags, reviewed))
                .toList();
        Pair pair = new Pair(snapshots.get(0), snapshots.get(1));
        RoaringBitmap all = new RoaringBitmap();
        all.add(0L, data.rowCount());
        return new ModelComparison(
                models,
                snapshots,
                LevelComparison.of(
                        null,
                        null,
                        pair.on(all),
                        snapshots,
                        s -> 1
                                - s.errorRows().errorCount()
                                        / (double) s.errorRows().evaluableCount()),
                classes(data, modelRoles.get(0), settings, snapshots, pair),
                slices(data, settings, snapshots, pair),
                tags(
                        tags,
                        snapshots,
                        pair,
                        reviewed == null ? null : ReviewStrata.of(data, reviewed, settings.strataColumn())),
                auc(data, modelRoles, settings));
    }

    /**
     * The first two models' AUCs over the rows where both have a score and the label is known, paired by
     * DeLong's method; null unless the task is binary and both models have scores.
     */
    private static PairedAuc auc(Dataset data, List<ColumnRoles> roles, MetricsSettings settings) {
        Outcomes first = Outcomes.of(data, roles.get(0), settings.threshold());
        Outcomes second = Outcomes.of(data, roles.get(1), settings.threshold());
        if (first.task() != Task.BINARY || !first.hasScores() || !second.hasScores()) {
            return null;
        }
        int rows = first.rowCount();
        boolean[] positive = new boolean[rows];
        double[] a = new double[rows];
        double[] b = new double[rows];
        int kept = 0;
        for (int row = 0; row < rows; row++) {
            if (first.labelClass(row) >= 0 && !Double.isNaN(first.score(row)) && !Double.isNaN(second.score(row))) {
                positive[kept] = first.isActualPositive(row);
                a[kept] = first.score(row);
                b[kept] = second.score(row);
                kept++;
            }
        }
        return PairedAuc.of(Arrays.copyOf(positive, kept), Arrays.copyOf(a, kept), Arrays.copyOf(b, kept));
    }

    /** The names of the models, in their order. */
    public List<String> names() {
        return models.stream().map(Model::name).toList();
    }

    /** The first two models' error rows, to pair them on any rows. */
    private record Pair(MetricsSnapshot first, MetricsSnapshot second) {
        PairedOutcomes on(RoaringBitmap rows) {
            return PairedOutcomes.of(rows, first.errorRows(), second.errorRows());
        }
    }

    /** Per class of the label, the rows of that label; each model's precision, recall and F1 of the class. */
    private static List<LevelComparison<ClassMetrics>> classes(
            Dataset data, ColumnRoles roles, MetricsSettings settings, List<MetricsSnapshot> snapshots, Pair pair) {
        if (snapshots.get(0).classification() == null) {
            return List.of();
        }
        Outcomes outcomes = Outcomes.of(data, roles, settings.threshold());
        Map<String, RoaringBitmap> rowsByLabel = new LinkedHashMap<>();
        outcomes.classes().forEach(c -> rowsByLabel.put(c, new RoaringBitmap()));
        for (int row = 0; row < outcomes.rowCount(); row++) {
            int label = outcomes.labelClass(row);
            if (label >= 0) {
                rowsByLabel.get(outcomes.classes().get(label)).add(row);
            }
        }
        List<LevelComparison<ClassMetrics>> levels = new ArrayList<>();
        rowsByLabel.forEach((name, rows) -> levels.add(LevelComparison.of(
                null,
                name,
                pair.on(rows),
                each(
                        snapshots,
                        s -> s.classification().perClass().stream()
                                .filter(m -> m.name().equals(name))
                                .findFirst()
                                .orElse(null)),
                ClassMetrics::recall)));
        return levels;
    }

    /** Per slice of each slice column and cross, each model's slice metrics. */
    private static List<LevelComparison<Slice>> slices(
            Dataset data, MetricsSettings settings, List<MetricsSnapshot> snapshots, Pair pair) {
        List<RowGroups> partitions = MetricsSnapshot.partitions(data, settings);
        List<LevelComparison<Slice>> levels = new ArrayList<>();
        for (int t = 0; t < partitions.size(); t++) {
            RowGroups groups = partitions.get(t);
            int table = t;
            for (int group = 0; group < groups.groupCount(); group++) {
                String value = groups.label(group);
                List<Slice> metrics = each(snapshots, s -> sliceOf(s.slices().get(table), value));
                if (metrics.get(0) != null) {
                    levels.add(LevelComparison.of(
                            groups.column(),
                            value,
                            pair.on(groups.rows(group)),
                            metrics,
                            s -> s.accuracy().value()));
                }
            }
        }
        return levels;
    }

    private static Slice sliceOf(SliceTable table, String value) {
        return table.slices().stream()
                .filter(s -> s.value().equals(value))
                .findFirst()
                .orElse(null);
    }

    /**
     * Per tag, the tag's rows; each model's tag metrics, estimated for a hand tag, and a hand tag's accuracy
     * difference estimated for the whole data from the review's design ({@link SampledDifference}).
     *
     * @param design the strata the review was drawn from; null when no tag is a hand tag
     */
    private static List<LevelComparison<TagMetrics>> tags(
            List<TagInput> tags, List<MetricsSnapshot> snapshots, Pair pair, ReviewStrata design) {
        List<LevelComparison<TagMetrics>> levels = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            int tag = i;
            TagInput input = tags.get(i);
            PairedOutcomes paired = input.sampled() && design != null
                    ? SampledDifference.of(
                            design,
                            input.scope(),
                            input.members(),
                            pair.first().errorRows(),
                            pair.second().errorRows())
                    : pair.on(RoaringBitmap.and(input.members(), input.scope()));
            levels.add(LevelComparison.of(
                    null,
                    input.name(),
                    paired,
                    each(snapshots, s -> s.tags().get(tag)),
                    t -> t.accuracy().value()));
        }
        return levels;
    }

    private static <M> List<M> each(List<MetricsSnapshot> snapshots, Function<MetricsSnapshot, M> metrics) {
        List<M> list = new ArrayList<>();
        snapshots.forEach(s -> list.add(metrics.apply(s)));
        return list;
    }
}
