package dev.errata.ui.export;

import dev.errata.data.Progress;
import dev.errata.ui.background.Background;
import dev.errata.ui.background.Job;
import dev.errata.ui.dialogs.Dialogs;
import dev.errata.ui.dialogs.FileType;
import dev.errata.ui.messages.Messages;
import dev.errata.ui.session.ProjectState;
import dev.errata.ui.table.RowsViewModel;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.Reports;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * File → Export: the report and the CSV exports of {@code errata report} and {@code errata export}, made by
 * the same code ({@link Reports}) from the project as it is now, unsaved edits included. What the export
 * reads is copied on the FX thread; the writing runs on a worker.
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
        List<FileType> types = List.of(
                new FileType(Messages.text("files.html"), "html"), new FileType(Messages.text("files.markdown"), "md"));
        dialogs.chooseFileToSave(Messages.text("export.report.title"), state.name() + "-report.html", types)
                .ifPresent(file -> {
                    Analysis analysis = state.analysisNow();
                    write(file, Messages.text("export.report.job", file.getFileName()), (out, progress) -> {
                        Reports.Document report = Reports.report(
                                analysis,
                                Reports.Format.forFile(file),
                                file,
                                REPORT_EXAMPLES,
                                List.of(),
                                LocalDate.now().toString());
                        out.write(report.text());
                        Reports.writeFigures(report, file);
                    });
                });
    }

    /** @param filtered only the rows the table shows, in its order; else every row */
    public void exportRows(boolean filtered) {
        String suggested = state.name() + (filtered ? "-filtered-rows.csv" : "-rows.csv");
        dialogs.chooseFileToSave(
                        Messages.text(filtered ? "export.rows.filtered.title" : "export.rows.title"),
                        suggested,
                        List.of(CSV))
                .ifPresent(file -> {
                    int[] order = filtered ? rows.rows().indices() : null;
                    Analysis analysis = state.analysisNow();
                    write(
                            file,
                            Messages.text("export.rows.job", file.getFileName()),
                            (out, progress) -> Reports.rows(out, analysis, order, progress));
                });
    }

    public void exportTagMetrics() {
        dialogs.chooseFileToSave(Messages.text("export.tags.title"), state.name() + "-tags.csv", List.of(CSV))
                .ifPresent(file -> {
                    Analysis analysis = state.analysisNow();
                    write(
                            file,
                            Messages.text("export.tags.job", file.getFileName()),
                            (out, progress) -> Reports.tags(out, analysis));
                });
    }

    /** Sliced by the columns of the saved views, else by every column with few values, as the export command. */
    public void exportSliceMetrics() {
        dialogs.chooseFileToSave(Messages.text("export.slices.title"), state.name() + "-slices.csv", List.of(CSV))
                .ifPresent(file -> {
                    Analysis analysis = state.analysisNow();
                    write(
                            file,
                            Messages.text("export.slices.job", file.getFileName()),
                            (out, progress) -> Reports.slices(out, analysis));
                });
    }

    private void write(Path file, String title, Content content) {
        background.submit(new Job<Path>(
                title,
                progress -> {
                    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        content.writeTo(out, progress);
                    }
                    return file;
                },
                written -> dialogs.notify(Messages.text("export.done", written.getFileName())),
                failure ->
                        dialogs.showError(Messages.text("export.failed", file.getFileName()), failure.getMessage())));
    }
}
