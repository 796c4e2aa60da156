package dev.errata.ui.workspace;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
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

/** Opens what the user named: a project file, or a CSV, which gets a project beside it. Runs on a worker. */
final class ProjectLoading {

    static final String PROJECT_SUFFIX = ".errata.json";

    private ProjectLoading() {}

    static boolean canOpen(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(PROJECT_SUFFIX) || name.endsWith(".csv");
    }

    /** {@code data.csv} keeps its project in {@code data.errata.json} beside it. */
    static Path projectFor(Path csv) {
        String name = csv.getFileName().toString();
        String stem = name.substring(0, name.length() - ".csv".length());
        return csv.resolveSibling(stem + PROJECT_SUFFIX);
    }

    /** The file Save As writes: the chosen name, given {@code .errata.json} when the user typed none. */
    static Path asProjectFile(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(PROJECT_SUFFIX)
                ? chosen
                : chosen.resolveSibling(name + PROJECT_SUFFIX);
    }

    /** A CSV that has no project beside it yet, so its columns' roles are still to be chosen. */
    static boolean needsImport(Path file) {
        return isCsv(file) && !Files.exists(projectFor(file.toAbsolutePath()));
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** A project file, or the project beside a CSV. */
    static OpenedProject open(Path file, Progress progress) throws IOException {
        Path absolute = file.toAbsolutePath();
        return opened(new ProjectOpener().open(isCsv(absolute) ? projectFor(absolute) : absolute, progress));
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
