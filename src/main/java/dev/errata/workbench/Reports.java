package dev.errata.workbench;

import dev.errata.compare.VersionHistory;
import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.project.AtomicFile;
import dev.errata.report.HtmlReport;
import dev.errata.report.MarkdownReport;
import dev.errata.report.MetricsExport;
import dev.errata.report.MetricsSummary;
import dev.errata.report.ReportFigure;
import dev.errata.report.ReportInput;
import dev.errata.report.RowsExport;
import dev.errata.tags.TagMembership;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The report and the CSV exports of an analysis, the one way both the window (File → Export) and the
 * command line ({@code errata report}, {@code errata export}) make them: the same analysis gives the same
 * bytes from either.
 */
public final class Reports {

    /** The report's format. */
    public enum Format {
        HTML,
        MARKDOWN;

        /** Markdown for a file ending in {@code .md}, else HTML. */
        public static Format forFile(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md") ? MARKDOWN : HTML;
        }
    }

    private Reports() {}

    /**
     * A report's text and, for Markdown, its figures' files.
     *
     * @param figures per file, by its path relative to the report's folder ({@code NAME-figures/confusion-matrix.svg}),
     *                its SVG; none for HTML, which holds its figures
     */
    public record Document(String text, Map<String, String> figures) {
        public Document {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    /**
     * @param target the file the report goes to: a Markdown report links its figures in a folder beside it
     * @param extraChecks checks to evaluate after the project's
     * @param date the day the report is made, as it should read
     * @throws IllegalArgumentException naming a check that does not parse
     */
    public static Document report(
            Analysis analysis, Format format, Path target, int examples, List<String> extraChecks, String date) {
        MetricsSummary summary = analysis.summarize(analysis.reportSettings());
        List<CheckResult> results = analysis.evaluateChecks(extraChecks);
        VersionHistory history =
                VersionHistory.of(analysis.work().history(), analysis.work().models());
        List<ReportFigure> figures = ReportFigures.of(
                summary.snapshot(),
                analysis.data().dataset(),
                analysis.data().roles(),
                analysis.memberships().stream().map(TagMembership::tag).toList(),
                history);
        ReportInput input = new ReportInput(
                summary,
                analysis.data().dataset(),
                analysis.data().roles(),
                analysis.memberships(),
                analysis.work().annotations(),
                analysis.work().summary(),
                results,
                examples,
                date,
                figures,
                history);
        if (format == Format.HTML) {
            return new Document(HtmlReport.write(input), Map.of());
        }
        String folder = figureFolder(target);
        Map<String, String> files = new LinkedHashMap<>();
        figures.forEach(f -> files.put(folder + "/" + f.name() + ".svg", f.svg()));
        return new Document(MarkdownReport.write(input, folder), files);
    }

    /**
     * Writes a Markdown report's figures into the folder beside it, each file whole (atomic), and nothing
     * outside that folder: a link or a file where the folder should be is refused.
     */
    public static void writeFigures(Document report, Path target) throws IOException {
        if (report.figures().isEmpty()) {
            return;
        }
        Path beside = target.toAbsolutePath().getParent();
        Path folder = beside.resolve(figureFolder(target));
        if (Files.isSymbolicLink(folder) || Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("will not write the figures into " + folder + ": it is not a folder");
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : report.figures().entrySet()) {
            AtomicFile.write(beside.resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** "report-figures" for "report.md": the report's name without its extension, then "-figures". */
    static String figureFolder(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-figures";
    }

    /**
     * Rows with their error, review mark, note and a 0/1 column per tag.
     *
     * @param order the rows to write, in this order; null for every row in file order
     */
    public static void rows(Writer out, Analysis analysis, int[] order, Progress progress) throws IOException {
        ErrorRows errors =
                ErrorRows.of(analysis.data().dataset(), analysis.data().roles(), analysis.settings());
        int[] chosen = order != null
                ? order
                : IntStream.range(0, analysis.data().dataset().rowCount()).toArray();
        RowsExport.write(
                out,
                analysis.data().dataset(),
                errors,
                analysis.memberships(),
                analysis.work().annotations(),
                chosen,
                progress);
    }

    /** One line per tag: its metrics, ease, importance and description. */
    public static void tags(Writer out, Analysis analysis) throws IOException {
        MetricsSnapshot snapshot = analysis.summarize(
                        analysis.settings().withSliceColumns(List.of()).withCrosses(List.of()))
                .snapshot();
        MetricsExport.tags(
                out,
                snapshot.tags(),
                analysis.memberships().stream().map(TagMembership::tag).toList());
    }

    /** One line per slice of the report's slice columns. */
    public static void slices(Writer out, Analysis analysis) throws IOException {
        MetricsSettings settings = analysis.reportSettings();
        if (settings.sliceColumns().isEmpty() && settings.crosses().isEmpty()) {
            throw new IllegalArgumentException(
                    "no columns to slice by: give --slice COL (or save a view in the project)");
        }
        MetricsExport.slices(out, analysis.summarize(settings).snapshot().slices());
    }
}
