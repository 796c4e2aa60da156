package dev.errata.report;

import static dev.errata.report.NumberText.count;
import static dev.errata.report.NumberText.decimal;
import static dev.errata.report.NumberText.percent;
import static dev.errata.report.NumberText.withInterval;

import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.ClassMetrics;
import dev.errata.metrics.ClassificationMetrics;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.RegressionMetrics;
import dev.errata.metrics.ScoreMetrics;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagMetrics;
import java.util.List;

/** The metrics as tables for a person at a terminal. */
public final class MetricsText {

    private MetricsText() {
    }

    public static String write(MetricsSummary summary) {
        MetricsSnapshot s = summary.snapshot();
        StringBuilder out = new StringBuilder();
        out.append(summary.dataName()).append(": ").append(s.task().key()).append(", ").append(count(s.rows()))
                .append(" rows, ").append(count(s.errorRows().errorCount())).append(" errors");
        if (summary.positiveClass() != null) {
            out.append(", positive class \"").append(summary.positiveClass()).append('"');
        }
        out.append('\n');
        summary.warnings().forEach(w -> out.append("warning: ").append(w).append('\n'));
        out.append("\nOverall\n").append(overall(s).render("  "));
        if (s.predictionRates() != null) {
            out.append("\nRates of the prediction column").append(s.thresholdRates() != null
                    ? " and at threshold " + s.settings().threshold() : "").append('\n').append(rates(s).render("  "));
        }
        if (s.classification() != null) {
            out.append("\nClasses\n").append(classes(s.classification()).render("  "));
            out.append("\nConfusion matrix (rows: true label, columns: predicted)\n")
                    .append(confusion(s.classification()).render("  "));
        }
        if (!s.tags().isEmpty()) {
            out.append("\nTags (* fewer than 30 rows)\n").append(tags(s.tags()).render("  "));
        }
        for (SliceTable table : s.slices()) {
            out.append("\nSlices by ").append(table.column()).append('\n').append(slices(table).render("  "));
        }
        return out.toString();
    }

    private static TextTable overall(MetricsSnapshot s) {
        TextTable t = new TextTable("metric", "value");
        ClassificationMetrics c = s.classification();
        if (c != null) {
            t.row("accuracy", decimal(c.accuracy())).row("macro F1", decimal(c.macroF1()))
                    .row("weighted F1", decimal(c.weightedF1()));
        }
        ScoreMetrics scores = s.scores();
        if (scores != null) {
            t.row("ROC AUC", decimal(scores.rocAuc())).row("PR AUC (average precision)", decimal(scores.averagePrecision()))
                    .row("log loss", decimal(scores.logLoss())).row("Brier score", decimal(scores.brierScore()));
        }
        RegressionMetrics r = s.regression();
        if (r != null) {
            t.row("MAE", decimal(r.mae())).row("RMSE", decimal(r.rmse())).row("R²", decimal(r.r2()))
                    .row("mean residual", decimal(r.meanResidual())).row("Durbin–Watson", decimal(r.durbinWatson()))
                    .row("error tolerance", decimal(s.errorRows().tolerance()));
        }
        return t;
    }

    private static TextTable rates(MetricsSnapshot s) {
        boolean threshold = s.thresholdRates() != null;
        TextTable t = threshold ? new TextTable("rate", "prediction", "threshold") : new TextTable("rate", "prediction");
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

    private static TextTable classes(ClassificationMetrics c) {
        TextTable t = new TextTable("class", "precision", "recall", "F1", "support");
        for (ClassMetrics m : c.perClass()) {
            t.row(m.name(), decimal(m.precision()), decimal(m.recall()), decimal(m.f1()), count(m.support()));
        }
        return t;
    }

    private static TextTable confusion(ClassificationMetrics c) {
        List<String> classes = c.confusion().classes();
        String[] header = new String[classes.size() + 1];
        header[0] = "true \\ predicted";
        for (int i = 0; i < classes.size(); i++) {
            header[i + 1] = classes.get(i);
        }
        TextTable t = new TextTable(header);
        for (int i = 0; i < classes.size(); i++) {
            String[] row = new String[classes.size() + 1];
            row[0] = classes.get(i);
            for (int j = 0; j < classes.size(); j++) {
                row[j + 1] = count(c.confusion().count(i, j));
            }
            t.row(row);
        }
        return t;
    }

    private static TextTable tags(List<TagMetrics> tags) {
        TextTable t = new TextTable("tag", "rows", "prevalence", "error share", "error rate", "accuracy", "headroom", "gain");
        for (TagMetrics m : tags) {
            t.row(m.name(), count(m.count()), percent(m.prevalence().value()), percent(m.errorShare().value()),
                    withInterval(m.errorRate()), percent(m.accuracy().value()), percent(m.headroom()),
                    percent(m.potentialGain()));
        }
        return t;
    }

    private static TextTable slices(SliceTable table) {
        boolean binary = table.overallRates() != null;
        TextTable t = binary
                ? new TextTable("value", "rows", "error rate", "positive rate", "TPR", "FPR", "TNR", "FNR")
                : new TextTable("value", "rows", "error rate");
        for (Slice slice : table.slices()) {
            if (binary && slice.binary() != null) {
                BinaryRates r = slice.binary().rates();
                t.row(slice.value(), count(slice.rows()), withInterval(slice.errorRate()), percent(r.positiveRate()),
                        percent(r.tpr()), percent(r.fpr()), percent(r.tnr()), percent(r.fnr()));
            } else if (binary) {
                t.row(slice.value(), count(slice.rows()), withInterval(slice.errorRate()), "", "", "", "", "");
            } else {
                t.row(slice.value(), count(slice.rows()), withInterval(slice.errorRate()));
            }
        }
        return t;
    }
}
