package dev.errata.report;

import dev.errata.compare.VersionHistory;
import dev.errata.compare.VersionHistory.SliceSeries;
import dev.errata.compare.VersionHistory.TagSeries;
import dev.errata.data.ModelVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's history as tables, for the terminal and for the report's "What changed": each version's
 * error rate, each tag's error rate across versions with the last step's predicted and achieved gain, and
 * each slice's gap to the overall error rate across versions.
 */
final class HistoryTables {

    private HistoryTables() {}

    static ReportTable versions(VersionHistory history) {
        ReportTable table = new ReportTable("version", "added", "rows", "error rate");
        for (ModelVersion v : history.versions()) {
            table.row(v.model(), v.date(), NumberText.count(v.rows()), percent(v.errorRate()));
        }
        return table;
    }

    /** One line per tag: its error rate in each version, then the last step's predicted and achieved gain. */
    static ReportTable tags(VersionHistory history) {
        List<String> header = new ArrayList<>(List.of("tag"));
        history.names().forEach(n -> header.add("error rate " + n));
        boolean stepped = history.versions().size() > 1;
        if (stepped) {
            header.add("predicted gain");
            header.add("achieved gain");
        }
        ReportTable table = new ReportTable(header);
        for (TagSeries tag : history.tags()) {
            List<String> cells = new ArrayList<>(List.of(tag.tag()));
            tag.errorRates().forEach(r -> cells.add(percent(r)));
            if (stepped) {
                cells.add(points(last(tag.predictedGains())));
                cells.add(points(last(tag.achievedGains())));
            }
            table.row(cells);
        }
        return table;
    }

    /** One line per slice: its gap to the overall error rate in each version. */
    static ReportTable slices(VersionHistory history) {
        List<String> header = new ArrayList<>(List.of("slice"));
        history.names().forEach(n -> header.add("gap " + n));
        ReportTable table = new ReportTable(header);
        for (SliceSeries slice : history.slices()) {
            List<String> cells = new ArrayList<>(List.of(slice.column() + " = " + slice.value()));
            slice.gaps().forEach(g -> cells.add(points(g)));
            table.row(cells);
        }
        return table;
    }

    /** What the gain columns mean, said once under the table. */
    static String gainsNote(VersionHistory history) {
        List<String> names = history.names();
        String before = names.get(names.size() - 2);
        String after = names.get(names.size() - 1);
        return "Predicted gain: the accuracy the priorities said a tag could give when " + before
                + " was measured (its headroom × prevalence). Achieved gain: how much accuracy " + after
                + " gained on the tag's rows (the fall of the tag's errors as a share of all rows).";
    }

    private static Double last(List<Double> values) {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static String percent(Double value) {
        return NumberText.percent(orNaN(value));
    }

    private static String points(Double value) {
        return NumberText.points(orNaN(value));
    }
}
