package dev.errata.compare;

import dev.errata.data.Model;
import dev.errata.data.ModelVersion;
import dev.errata.data.ModelVersion.SliceFigures;
import dev.errata.data.ModelVersion.TagFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The project's versions side by side: each tag's error rate and each slice's gap to the version's overall
 * error rate across them, and for each step from one version to the next, per tag, the gain the priorities
 * predicted (the earlier version's potential gain) beside the gain the next version achieved: the fall of
 * the tag's errors as a share of all rows, prevalence × error rate, which is how much overall accuracy
 * rose on the tag's rows. Prioritisation is then something a team can check against what happened.
 *
 * @param versions oldest first
 */
public record VersionHistory(List<ModelVersion> versions, List<TagSeries> tags, List<SliceSeries> slices) {

    public VersionHistory {
        versions = List.copyOf(versions);
        tags = List.copyOf(tags);
        slices = List.copyOf(slices);
    }

    /**
     * One tag across the versions; each list has one entry per version (null where the version did not
     * have the tag or the figure is undefined), the gains one per step between consecutive versions.
     */
    public record TagSeries(
            String tag, List<Double> errorRates, List<Double> predictedGains, List<Double> achievedGains) {}

    /** One slice across the versions: its error rate and its gap, error rate − the version's overall. */
    public record SliceSeries(String column, String value, List<Double> errorRates, List<Double> gaps) {}

    /**
     * The history of {@code versions}. A version measured before a later model was added may have been
     * sliced by that model's columns; slices of any of {@code models}' columns are left out.
     */
    public static VersionHistory of(List<ModelVersion> versions, List<Model> models) {
        Map<String, List<TagFigures>> tags = new LinkedHashMap<>();
        Map<List<String>, List<SliceFigures>> slices = new LinkedHashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            ModelVersion version = versions.get(i);
            for (TagFigures tag : version.tags()) {
                slot(tags, tag.tag(), versions.size()).set(i, tag);
            }
            for (SliceFigures slice : version.slices()) {
                if (models.stream().anyMatch(m -> m.owns(slice.column()))) {
                    continue;
                }
                slot(slices, List.of(slice.column(), slice.value()), versions.size())
                        .set(i, slice);
            }
        }
        List<TagSeries> tagSeries = new ArrayList<>();
        tags.forEach((name, figures) -> tagSeries.add(new TagSeries(
                name,
                each(figures, TagFigures::errorRate),
                steps(figures, (before, after) -> before.potentialGain()),
                steps(figures, VersionHistory::achievedGain))));
        List<SliceSeries> sliceSeries = new ArrayList<>();
        slices.forEach((key, figures) -> {
            List<Double> rates = each(figures, SliceFigures::errorRate);
            List<Double> gaps = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                Double overall = versions.get(i).errorRate();
                gaps.add(rates.get(i) == null || overall == null ? null : rates.get(i) - overall);
            }
            sliceSeries.add(new SliceSeries(key.get(0), key.get(1), rates, gaps));
        });
        return new VersionHistory(versions, tagSeries, sliceSeries);
    }

    /** The versions' names, oldest first. */
    public List<String> names() {
        return versions.stream().map(ModelVersion::model).toList();
    }

    private static Double achievedGain(TagFigures before, TagFigures after) {
        Double was = before.errorsPerRow();
        Double is = after.errorsPerRow();
        return was == null || is == null ? null : was - is;
    }

    private static <K, T> List<T> slot(Map<K, List<T>> byKey, K key, int size) {
        return byKey.computeIfAbsent(key, k -> {
            List<T> empty = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                empty.add(null);
            }
            return empty;
        });
    }

    private static <T> List<Double> each(List<T> figures, Function<T, Double> value) {
        return figures.stream().map(f -> f == null ? null : value.apply(f)).toList();
    }

    /** One value per step between consecutive versions, null where either lacks the figures. */
    private static List<Double> steps(List<TagFigures> figures, Step step) {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i < figures.size(); i++) {
            TagFigures before = figures.get(i - 1);
            TagFigures after = figures.get(i);
            values.add(before == null || after == null ? null : step.value(before, after));
        }
        return values;
    }

    @FunctionalInterface
    private interface Step {
        Double value(TagFigures before, TagFigures after);
    }
}
