package dev.errata.report;

import dev.errata.metrics.MetricsSnapshot;
import java.util.List;

/** A metrics snapshot with what a reader needs to know beside it: whose data, which class is positive, warnings. */
public record MetricsSummary(String dataName, String positiveClass, List<String> warnings, MetricsSnapshot snapshot) {

    public MetricsSummary {
        warnings = List.copyOf(warnings);
    }
}
