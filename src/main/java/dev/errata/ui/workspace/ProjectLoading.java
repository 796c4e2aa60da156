package dev.errata.ui.workspace;

import dev.errata.data.DataFiles;
import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.project.DataCheck;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.ui.session.OpenedProject;
import dev.errata.ui.session.RowMarks;
import dev.errata.workbench.AnalysisSettings;
import dev.errata.workbench.TagColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Opens what the user named: a project file, or a data file (CSV or Parquet), which gets a project beside
 * it. Runs on a worker.
 */
final class ProjectLoading {

    static final String PROJECT_SUFFIX = ".errata.json";

    private ProjectLoading() {}

    static boolean canOpen(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(PROJECT_SUFFIX) || DataFiles.isData(file);
    }

    /** {@code data.csv} or {@code data.parquet} keeps its project in {@code data.errata.json} beside it. */
    static Path projectFor(Path data) {
        return data.resolveSibling(DataFiles.stem(data) + PROJECT_SUFFIX);
    }

    /** The file Save As writes: the chosen name, given {@code .errata.json} when the user typed none. */
    static Path asProjectFile(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(PROJECT_SUFFIX)
                ? chosen
                : chosen.resolveSibling(name + PROJECT_SUFFIX);
    }

    /** A data file that has no project beside it yet, so its columns' roles are still to be chosen in the import dialog. */
    static boolean needsImport(Path file) {
        return DataFiles.isData(file) && !hasProject(file);
    }

    private static boolean hasProject(Path data) {
        return Files.exists(projectFor(data.toAbsolutePath()));
    }

    /**
     * A project file, or the project beside a data file, made with the detected roles when it has none yet.
     * Whether an existing project's data changed is for the window to ask ({@link dev.errata.ui.session.ProjectState#checkData}) once
     * the workspace is drawn.
     */
    static OpenedProject open(Path file, Progress progress) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (!DataFiles.isData(absolute)) {
            return opened(new ProjectOpener().open(absolute, progress, DataCheck.WHEN_ASKED));
        }
        if (!hasProject(absolute)) {
            return create(ImportRequest.of(absolute), List.of(), progress);
        }
        return opened(new ProjectOpener().open(projectFor(absolute), progress, DataCheck.WHEN_ASKED));
    }

    /**
     * A new project beside the request's data file, with the boolean columns chosen as imported tags; a
     * column that holds other values further down than the dialog saw is named among the warnings.
     */
    static OpenedProject create(ImportRequest request, List<String> tagColumns, Progress progress) throws IOException {
        Path projectFile = projectFor(request.data().toAbsolutePath());
        Project project = new ProjectOpener().create(projectFile, request, progress);
        if (!tagColumns.isEmpty()) {
            try {
                project.warn(TagColumns.create(project.session(), tagColumns));
                project.save();
            } catch (RuntimeException | IOException e) {
                project.close();
                throw e;
            }
        }
        return opened(project);
    }

    private static OpenedProject opened(Project project) throws IOException {
        try {
            MetricsSettings metrics =
                    AnalysisSettings.of(project.settings(), project.session(), MetricsSettings.defaults());
            MetricsSnapshot snapshot = MetricsSnapshot.compute(
                    project.dataset(),
                    project.roles(),
                    metrics,
                    RowMarks.of(project.session()).inputs());
            LocalDateTime savedAt = LocalDateTime.ofInstant(
                    Files.getLastModifiedTime(project.file()).toInstant(), ZoneId.systemDefault());
            return new OpenedProject(project, snapshot, savedAt);
        } catch (RuntimeException | IOException e) {
            project.close();
            throw e;
        }
    }
}
