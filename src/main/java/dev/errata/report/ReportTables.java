package dev.errata.report;

import static dev.errata.report.NumberText.count;
import static dev.errata.report.NumberText.decimal;
import static dev.errata.report.NumberText.percent;
import static dev.errata.report.NumberText.withInterval;

import dev.errata.data.Task;
import dev.errata.metrics.BinaryRates;
import dev.errata.metrics.ClassMetrics;
import dev.errata.metrics.ClassificationMetrics;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.RegressionMetrics;
import dev.errata.metrics.ScoreMetrics;
import dev.errata.metrics.Slice;
import dev.errata.metrics.SliceTable;
import dev.errata.metrics.TagMetrics;
import dev.errata.metrics.TranscriptionMetrics;
import java.util.ArrayList;
import java.util.List;

/** The metric tables every form of the metrics shows alike: the terminal's, the HTML and the Markdown report's. */
final class ReportTables {

    private ReportTables() {}

    static ReportTable overall(MetricsSnapshot s) {
        ReportTable t = new ReportTable("metric", "value");
        ClassificationMetrics c = s.classification();
        if (c != null) {
            t.row("accuracy", decimal(c.accuracy()))
                    .row("macro F1", decimal(c.macroF1()))
                    .row("weighted F1", decimal(c.weightedF1()));
        }
        ScoreMetrics scores = s.scores();
        if (scores != null && s.task() == Task.MULTICLASS) {
            t.row("ROC AUC (one vs rest, macro)", decimal(scores.rocAuc()))
                    .row("ROC AUC (one vs rest, weighted)", decimal(scores.rocAucWeighted()))
                    .row("log loss", decimal(scores.logLoss()))
                    .row("Brier score (Σ over classes)", decimal(scores.brierScore()));
        } else if (scores != null) {
            t.row("ROC AUC", decimal(scores.rocAuc()))
                    .row("PR AUC (average precision)", decimal(scores.averagePrecision()))
                    .row("log loss", decimal(scores.logLoss()))
                    .row("Brier score", decimal(scores.brierScore()));
        }
        RegressionMetrics r = s.regression();
        if (r != null) {
            t.row("MAE", decimal(r.mae()))
                    .row("RMSE", decimal(r.rmse()))
                    .row("R²", decimal(r.r2()))
                    .row("mean residual", decimal(r.meanResidual()))
                    .row("Durbin–Watson", decimal(r.durbinWatson()))
                    .row("error tolerance", decimal(s.errorRows().tolerance()));
        }
        TranscriptionMetrics w = s.transcription();
        if (w != null) {
            t.row("word error rate", percent(w.wordErrorRate()))
                    .row("character error rate", percent(w.characterErrorRate()))
                    .row("sentence error rate", percent(w.sentenceErrorRate()))
                    .row("substitutions", count(w.substitutions()))
                    .row("deletions", count(w.deletions()))
                    .row("insertions", count(w.insertions()))
                    .row("reference words", count(w.referenceWords()))
                    .row(
                            "error tolerance (word error rate)",
                            decimal(s.errorRows().tolerance()));
        }
        return t;
    }

    static ReportTable classes(ClassificationMetrics c) {
        ReportTable t = new ReportTable("class", "precision", "recall", "F1", "support");
        for (ClassMetrics m : c.summary()) {
            t.row(m.name(), decimal(m.precision()), decimal(m.recall()), decimal(m.f1()), count(m.support()));
        }
        return t;
    }

    static ReportTable confusion(ClassificationMetrics c) {
        List<String> classes = c.confusion().classes();
        List<String> header = new ArrayList<>();
        header.add("true \\ predicted");
        header.addAll(classes);
        ReportTable t = new ReportTable(header);
        for (int i = 0; i < classes.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(classes.get(i));
            for (int j = 0; j < classes.size(); j++) {
                row.add(count(c.confusion().count(i, j)));
            }
            t.row(row);
        }
        return t;
    }

    /** @param transcriptions a transcription's rates of each tag, in order; empty for other tasks */
    static ReportTable tags(List<TagMetrics> tags, List<TranscriptionMetrics> transcriptions) {
        List<String> header = new ArrayList<>(List.of(
                "tag",
                "rows",
                "prevalence",
                "error share",
                "error rate",
                "accuracy",
                "headroom",
                "gain",
                "to know more"));
        if (!transcriptions.isEmpty()) {
            header.addAll(List.of("WER", "CER", "sentence error rate"));
        }
        ReportTable t = new ReportTable(header);
        for (int i = 0; i < tags.size(); i++) {
            TagMetrics m = tags.get(i);
            List<String> row = new ArrayList<>(List.of(
                    m.name(),
                    SampleText.basis(m),
                    withInterval(m.prevalence()),
                    withInterval(m.errorShare()),
                    withInterval(m.errorRate()),
                    percent(m.accuracy().value()),
                    percent(m.headroom().value()),
                    withInterval(m.potentialGain()),
                    SampleText.toKnowMore(m)));
            if (!transcriptions.isEmpty()) {
                TranscriptionMetrics w = transcriptions.get(i);
                row.addAll(List.of(
                        percent(w.wordErrorRate()), percent(w.characterErrorRate()), percent(w.sentenceErrorRate())));
            }
            t.row(row);
        }
        return t;
    }

    static ReportTable slices(SliceTable table) {
        boolean binary = table.overallRates() != null;
        boolean transcription =
                !table.slices().isEmpty() && table.slices().get(0).transcription() != null;
        ReportTable t = binary
                ? new ReportTable("value", "rows", "error rate", "positive rate", "TPR", "FPR", "TNR", "FNR")
                : transcription
                        ? new ReportTable("value", "rows", "sentence error rate", "WER", "CER")
                        : new ReportTable("value", "rows", "error rate");
        for (Slice slice : table.slices()) {
            if (transcription) {
                t.row(
                        slice.value(),
                        count(slice.rows()),
                        withInterval(slice.errorRate()),
                        percent(slice.transcription().wordErrorRate()),
                        percent(slice.transcription().characterErrorRate()));
            } else if (binary && slice.binary() != null) {
                BinaryRates r = slice.binary().rates();
                t.row(
                        slice.value(),
                        count(slice.rows()),
                        withInterval(slice.errorRate()),
                        percent(r.positiveRate()),
                        percent(r.tpr()),
                        percent(r.fpr()),
                        percent(r.tnr()),
                        percent(r.fnr()));
            } else if (binary) {
                t.row(slice.value(), count(slice.rows()), withInterval(slice.errorRate()), "", "", "", "", "");
            } else {
                t.row(slice.value(), count(slice.rows()), withInterval(slice.errorRate()));
            }
        }
        return t;
    }
}
