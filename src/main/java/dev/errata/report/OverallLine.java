package dev.errata.report;

import dev.errata.metrics.MetricsSnapshot;
import java.util.stream.Collectors;

/**
 * The overall metrics of a project on one line, "accuracy 0.9622 · macro F1 0.9624 · …", for a view with room
 * for a line rather than a table: the same names and numbers as the overall table of the reports.
 */
public final class OverallLine {

    private OverallLine() {}

    public static String of(MetricsSnapshot snapshot) {
        return ReportTables.overall(snapshot).rows().stream()
                .map(row -> row.get(0) + " " + row.get(1))
                .collect(Collectors.joining(" · "));
    }
}
