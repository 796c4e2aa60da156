package dev.errata.workbench;

import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.report.HtmlReport;
import dev.errata.report.MarkdownReport;
import dev.errata.report.MetricsExport;
import dev.errata.report.MetricsSummary;
import dev.errata.report.ReportInput;
import dev.errata.report.RowsExport;
import dev.errata.tags.TagMembership;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The report and the CSV exports of an analysis, the one way both the window (File → Export) and the
 * command line ({@code errata report}, {@code errata export}) make them: the same analysis gives the same
 * bytes from either.
 */
public final class Reports {

    /** The report's format. */
    public enum Format {
        HTML, MARKDOWN;

        /** Markdown for a file ending in {@code .md}, else HTML. */
        public static Format forFile(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md") ? MARKDOWN : HTML;
        }
    }

    private Reports() {
    }

    /**
     * @param extraChecks checks to evaluate after the project's
     * @param date the day the report is made, as it should read
     * @throws IllegalArgumentException naming a check that does not parse
     */
    public static String report(Analysis analysis, Format format, int examples, List<String> extraChecks, String date) {
        MetricsSummary summary = analysis.summarize(analysis.reportSettings());
        List<CheckResult> results = analysis.evaluateChecks(extraChecks);
        ReportInput input = new ReportInput(summary, analysis.data().dataset(), analysis.data().roles(),
                analysis.memberships(), analysis.work().annotations(), analysis.work().summary(), results, examples, date);
        return format == Format.MARKDOWN ? MarkdownReport.write(input) : HtmlReport.write(input);
    }

    /**
     * Rows with their error, review mark, note and a 0/1 column per tag.
     *
     * @param order the rows to write, in this order; null for every row in file order
     */
    public static void rows(Writer out, Analysis analysis, int[] order, Progress progress) throws IOException {
        ErrorRows errors = ErrorRows.of(analysis.data().dataset(), analysis.data().roles(), analysis.settings());
        int[] chosen = order != null ? order : IntStream.range(0, analysis.data().dataset().rowCount()).toArray();
        RowsExport.write(out, analysis.data().dataset(), errors, analysis.memberships(), analysis.work().annotations(),
                chosen, progress);
    }

    /** One line per tag: its metrics, ease, importance and description. */
    public static void tags(Writer out, Analysis analysis) throws IOException {
        MetricsSnapshot snapshot = analysis.summarize(analysis.settings().withSliceColumns(List.of())
                .withCrosses(List.of())).snapshot();
        MetricsExport.tags(out, snapshot.tags(), analysis.memberships().stream().map(TagMembership::tag).toList());
    }

    /** One line per slice of the report's slice columns. */
    public static void slices(Writer out, Analysis analysis) throws IOException {
        MetricsSettings settings = analysis.reportSettings();
        if (settings.sliceColumns().isEmpty() && settings.crosses().isEmpty()) {
            throw new IllegalArgumentException("no columns to slice by: give --slice COL (or save a view in the project)");
        }
        MetricsExport.slices(out, analysis.summarize(settings).snapshot().slices());
    }
}
