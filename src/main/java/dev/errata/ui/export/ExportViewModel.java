package dev.errata.ui.export;

import dev.errata.data.Dataset;
import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.TagInput;
import dev.errata.metrics.TagMetrics;
import dev.errata.metrics.checks.Check;
import dev.errata.metrics.checks.CheckEvaluator;
import dev.errata.metrics.checks.CheckException;
import dev.errata.metrics.checks.CheckResult;
import dev.errata.project.Project;
import dev.errata.project.ViewColumns;
import dev.errata.report.HtmlReport;
import dev.errata.report.MarkdownReport;
import dev.errata.report.MetricsExport;
import dev.errata.report.MetricsSummary;
import dev.errata.report.ReportInput;
import dev.errata.report.RowsExport;
import dev.errata.tags.Annotations;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagMembership;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.dialogs.FileType;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowsViewModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * File → Export: the report and the CSV exports of {@code errata report} and {@code errata export}, written
 * by the same report code from the project as it is now, unsaved edits included. What the export reads is
 * copied on the FX thread; the writing runs on a worker.
 */
public final class ExportViewModel {

    /** Example rows per tag in a report, as the report command's default. */
    static final int REPORT_EXAMPLES = 5;
    private static final FileType CSV = new FileType(Messages.text("files.csv"), "csv");

    private final ProjectState state;
    private final RowsViewModel rows;
    private final Background background;
    private final Dialogs dialogs;

    /** Writes a file's content, on a worker thread. */
    @FunctionalInterface
    private interface Content {
        void writeTo(Writer out, Progress progress) throws IOException;
    }

    public ExportViewModel(ProjectState state, RowsViewModel rows, Background background, Dialogs dialogs) {
        this.state = state;
        this.rows = rows;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** HTML, or Markdown when the chosen file ends in {@code .md}, as the report command decides. */
    public void exportReport() {
        List<FileType> types = List.of(new FileType(Messages.text("files.html"), "html"),
                new FileType(Messages.text("files.markdown"), "md"));
        dialogs.chooseFileToSave(Messages.text("export.report.title"), state.name() + "-report.html", types).ifPresent(file -> {
            boolean markdown = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
            Project project = state.project();
            List<TagInput> inputs = state.marks().inputs();
            List<TagMembership> memberships = state.session().memberships();
            Annotations work = state.session().snapshot();
            List<String> checks = project.checks();
            String summary = project.summary();
            MetricsSettings settings = state.snapshot().settings();
            List<String> sliceColumns = ViewColumns.ofOrEvery(project);
            write(file, Messages.text("export.report.job", file.getFileName()), (out, progress) -> {
                MetricsSnapshot snapshot = MetricsSnapshot.compute(project.dataset(), project.roles(),
                        settings.withSliceColumns(sliceColumns), inputs);
                List<CheckResult> results = CheckEvaluator.evaluate(parse(checks), project.dataset(), project.roles(),
                        settings, inputs);
                ReportInput input = new ReportInput(
                        new MetricsSummary(project.dataset().name(), project.roles().positiveClass(), project.warnings(), snapshot),
                        project.dataset(), project.roles(), memberships, work, summary, results, REPORT_EXAMPLES,
                        LocalDate.now().toString());
                out.write(markdown ? MarkdownReport.write(input) : HtmlReport.write(input));
            });
        });
    }

    /** A check the project file holds but that does not parse (edited by hand) is left out of the report. */
    private static List<Check> parse(List<String> texts) {
        List<Check> checks = new ArrayList<>();
        for (String text : texts) {
            try {
                checks.add(Check.parse(text));
            } catch (CheckException e) {
                // the Checks tab shows it as failing with its problem
            }
        }
        return checks;
    }

    /** @param filtered only the rows the table shows, in its order; else every row */
    public void exportRows(boolean filtered) {
        String suggested = state.name() + (filtered ? "-filtered-rows.csv" : "-rows.csv");
        dialogs.chooseFileToSave(Messages.text(filtered ? "export.rows.filtered.title" : "export.rows.title"), suggested,
                List.of(CSV)).ifPresent(file -> {
            int[] order = filtered ? rows.rows().indices() : null;
            ErrorRows errors = state.snapshot().errorRows();
            List<TagMembership> memberships = state.session().memberships();
            Annotations work = state.session().snapshot();
            Dataset dataset = state.project().dataset();
            write(file, Messages.text("export.rows.job", file.getFileName()), (out, progress) -> {
                int[] chosen = order != null ? order : IntStream.range(0, dataset.rowCount()).toArray();
                RowsExport.write(out, dataset, errors, memberships, work, chosen, progress);
            });
        });
    }

    public void exportTagMetrics() {
        dialogs.chooseFileToSave(Messages.text("export.tags.title"), state.name() + "-tags.csv", List.of(CSV)).ifPresent(file -> {
            List<TagMetrics> metrics = state.snapshot().tags();
            List<TagDefinition> definitions = state.marks().tags();
            write(file, Messages.text("export.tags.job", file.getFileName()),
                    (out, progress) -> MetricsExport.tags(out, metrics, definitions));
        });
    }

    /** Sliced by the columns of the saved views, else by every column that plays no role. */
    public void exportSliceMetrics() {
        dialogs.chooseFileToSave(Messages.text("export.slices.title"), state.name() + "-slices.csv", List.of(CSV)).ifPresent(file -> {
            Project project = state.project();
            List<String> columns = ViewColumns.ofOrEvery(project);
            MetricsSettings settings = state.snapshot().settings().withSliceColumns(columns);
            List<TagInput> inputs = state.marks().inputs();
            write(file, Messages.text("export.slices.job", file.getFileName()), (out, progress) -> MetricsExport.slices(out,
                    MetricsSnapshot.compute(project.dataset(), project.roles(), settings, inputs).slices()));
        });
    }

    private void write(Path file, String title, Content content) {
        background.submit(new Job<Path>(title, progress -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                content.writeTo(out, progress);
            }
            return file;
        }, written -> dialogs.notify(Messages.text("export.done", written.getFileName())),
                failure -> dialogs.showError(Messages.text("export.failed", file.getFileName()), failure.getMessage())));
    }
}
