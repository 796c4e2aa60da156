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

    /**
     * One line per tag: its error rate in each version, then for each step from one version to the next the
     * gain the priorities predicted and the gain achieved.
     */
    static ReportTable tags(VersionHistory history) {
        List<String> names = history.names();
        List<String> header = new ArrayList<>(List.of("tag"));
        names.forEach(n -> header.add("error rate " + n));
        for (int step = 1; step < names.size(); step++) {
            String arrow = names.get(step - 1) + "→" + names.get(step);
            header.add("predicted " + arrow);
            header.add("achieved " + arrow);
        }
        ReportTable table = new ReportTable(header);
        for (TagSeries tag : history.tags()) {
            List<String> cells = new ArrayList<>(List.of(tag.tag()));
            tag.errorRates().forEach(r -> cells.add(percent(r)));
            for (int step = 0; step < names.size() - 1; step++) {
                cells.add(points(tag.predictedGains().get(step)));
                cells.add(points(tag.achievedGains().get(step)));
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
    static String gainsNote() {
        return "Predicted: the accuracy the priorities said a tag could give, when the earlier version was"
                + " measured (its headroom × prevalence). Achieved: how much accuracy the later version gained on"
                + " the tag's rows (the fall of the tag's errors as a share of all rows).";
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
