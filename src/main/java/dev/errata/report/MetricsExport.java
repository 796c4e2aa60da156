package dev.errata.report;

import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagMetrics;
import dev.errata.metrics.checks.MetricNames;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The tag metrics and the slice metrics as CSV, one row per tag or slice, the metric columns named as in
 * docs/metrics-json.md.
 */
public final class MetricsExport {

    private MetricsExport() {}

    /** @param definitions the tags' definitions, for their kind, ease, importance and description */
    public static void tags(Writer out, List<TagMetrics> tags, List<TagDefinition> definitions) throws IOException {
        Map<String, ToDoubleFunction<TagMetrics>> metrics = MetricNames.tag();
        List<String> header = new ArrayList<>(List.of("tag", "kind", "estimate"));
        header.addAll(metrics.keySet());
        header.addAll(List.of("small_sample", "ease", "importance", "description"));
        try (ExportCsv csv = new ExportCsv(out, header)) {
            for (TagMetrics tag : tags) {
                Optional<TagDefinition> definition = definitions.stream()
                        .filter(d -> d.name().equals(tag.name()))
                        .findFirst();
                List<String> cells = ExportCsv.cells();
                cells.add(ExportCsv.text(tag.name()));
                cells.add(definition.map(d -> d.kind().key()).orElse(""));
                cells.add(tag.estimate().key());
                metrics.values().forEach(metric -> cells.add(ExportCsv.number(metric.applyAsDouble(tag))));
                cells.add(ExportCsv.flag(tag.errorRate().smallSample()));
                cells.add(definition.map(d -> wholeNumber(d.ease())).orElse(""));
                cells.add(definition.map(d -> wholeNumber(d.importance())).orElse(""));
                cells.add(ExportCsv.text(
                        definition.map(TagDefinition::description).orElse("")));
                csv.row(cells);
            }
        }
    }

    public static void slices(Writer out, List<SliceTable> tables) throws IOException {
        Map<String, ToDoubleFunction<Slice>> metrics = MetricNames.slice();
        List<String> header = new ArrayList<>(List.of("column", "value"));
        header.addAll(metrics.keySet());
        header.add("small_sample");
        try (ExportCsv csv = new ExportCsv(out, header)) {
            for (SliceTable table : tables) {
                for (Slice slice : table.slices()) {
                    List<String> cells = ExportCsv.cells();
                    cells.add(ExportCsv.text(table.column()));
                    cells.add(ExportCsv.text(slice.value()));
                    metrics.values().forEach(metric -> cells.add(ExportCsv.number(metric.applyAsDouble(slice))));
                    cells.add(ExportCsv.flag(slice.errorRate().smallSample()));
                    csv.row(cells);
                }
            }
        }
    }

    private static String wholeNumber(Integer value) {
        return value == null ? "" : value.toString();
    }
}
