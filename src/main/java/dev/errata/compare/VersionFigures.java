package dev.errata.compare;

import dev.errata.data.ModelVersion;
import dev.errata.data.ModelVersion.SliceFigures;
import dev.errata.data.ModelVersion.TagFigures;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.Proportion;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A model's metrics as the project's history keeps them: the figures a later version is held against. */
public final class VersionFigures {

    private VersionFigures() {}

    /** The version {@code model} measured on {@code date}, from its metrics. */
    public static ModelVersion of(String model, LocalDate date, MetricsSnapshot metrics) {
        int evaluable = metrics.errorRows().evaluableCount();
        List<TagFigures> tags = metrics.tags().stream()
                .map(t -> new TagFigures(
                        t.name(),
                        value(t.prevalence()),
                        value(t.errorRate()),
                        value(t.errorShare()),
                        value(t.potentialGain())))
                .toList();
        List<SliceFigures> slices = new ArrayList<>();
        for (SliceTable table : metrics.slices()) {
            for (Slice slice : table.slices()) {
                slices.add(
                        new SliceFigures(table.column(), slice.value(), slice.evaluable(), value(slice.errorRate())));
            }
        }
        return new ModelVersion(
                model,
                date.toString(),
                evaluable,
                evaluable == 0 ? null : metrics.errorRows().errorCount() / (double) evaluable,
                tags,
                slices);
    }

    private static Double value(Proportion p) {
        return p == null || Double.isNaN(p.value()) ? null : p.value();
    }
}
