package dev.errata.report;

import static dev.errata.report.NumberText.count;
import static dev.errata.report.NumberText.percent;

import dev.errata.data.VisibleText;
import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.ConfusionMatrix;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.SliceTable;

/** The metrics as tables for a person at a terminal. */
public final class MetricsText {

    private MetricsText() {}

    public static String write(MetricsSummary summary) {
        MetricsSnapshot s = summary.snapshot();
        StringBuilder out = new StringBuilder();
        out.append(summary.dataName())
                .append(": ")
                .append(s.task().key())
                .append(", ")
                .append(count(s.rows()))
                .append(" rows, ")
                .append(count(s.errorRows().errorCount()))
                .append(" errors");
        if (summary.positiveClass() != null) {
            out.append(", positive class \"").append(summary.positiveClass()).append('"');
        }
        out.append('\n');
        summary.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
        out.append("\nOverall\n").append(TextTable.render(ReportTables.overall(s), "  "));
        if (s.predictionRates() != null) {
            out.append("\nRates of the prediction column")
                    .append(
                            s.thresholdRates() != null
                                    ? " and at threshold " + s.settings().threshold()
                                    : "")
                    .append('\n')
                    .append(TextTable.render(rates(s), "  "));
        }
        if (s.classification() != null) {
            out.append("\nClasses")
                    .append(pooling(s.classification().confusion()))
                    .append('\n')
                    .append(TextTable.render(ReportTables.classes(s.classification()), "  "));
            out.append("\nConfusion matrix (rows: true label, columns: predicted)")
                    .append(pooling(s.classification().confusion()))
                    .append('\n')
                    .append(TextTable.render(ReportTables.confusion(s.classification()), "  "));
        }
        if (!s.tags().isEmpty()) {
            out.append("\nTags (* fewer than 30 rows)\n")
                    .append(TextTable.render(ReportTables.tags(s.tags(), s.tagTranscriptions()), "  "));
        }
        for (SliceTable table : s.slices()) {
            out.append("\nSlices by ")
                    .append(table.column())
                    .append('\n')
                    .append(TextTable.render(ReportTables.slices(table), "  "));
        }
        // Names and warnings quote the data too; the tables are escaped already, so their widths hold.
        return VisibleText.of(out.toString(), "\n");
    }

    /** What a table of classes leaves out: nothing, or the classes it pools. */
    static String pooling(ConfusionMatrix matrix) {
        return matrix.pooledClasses() == 0
                ? ""
                : " (the " + (matrix.classes().size() - 1) + " classes with the most errors; the other "
                        + count(matrix.pooledClasses()) + " pooled)";
    }

    private static ReportTable rates(MetricsSnapshot s) {
        boolean threshold = s.thresholdRates() != null;
        ReportTable t =
                threshold ? new ReportTable("rate", "prediction", "threshold") : new ReportTable("rate", "prediction");
        for (BinaryRate rate : BinaryRate.values()) {
            String byPrediction = percent(s.predictionRates().value(rate));
            if (threshold) {
                t.row(rate.key(), byPrediction, percent(s.thresholdRates().value(rate)));
            } else {
                t.row(rate.key(), byPrediction);
            }
        }
        return t;
    }
}
