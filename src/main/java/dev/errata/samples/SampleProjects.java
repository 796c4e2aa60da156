package dev.errata.samples;

import dev.errata.data.ColumnRoles;
import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.Outcomes;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.project.ProjectSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.roaringbitmap.RoaringBitmap;

/**
 * The sample projects the README opens: generated data plus a project file holding the tagging an analyst
 * would have done part-way through an error analysis (some errors reviewed and hand-tagged, rule tags,
 * checks, a saved view and a summary).
 */
public final class SampleProjects {

    public static final String DEFAULT = "churn/churn.errata.json";
    static final long SEED = 42;

    /** What a sample adds to its new project before the save: tags, reviews, checks, views, a summary. */
    @FunctionalInterface
    interface Analysis {
        void apply(Project project, RoaringBitmap errors) throws IOException;
    }

    private SampleProjects() {}

    /** Writes every sample under {@code folder}; returns the project files, the default first. */
    public static List<Path> writeAll(Path folder) throws IOException {
        return List.of(
                ChurnProject.write(folder.resolve("churn")),
                SpeechProject.write(folder.resolve("speech")),
                ScreenInspectionProject.write(folder.resolve("screens")),
                HousePriceProject.write(folder.resolve("houses")));
    }

    /**
     * Creates the project {@code NAME.errata.json} beside {@code data} ({@code NAME.csv}) with the given
     * roles (null: detected) and settings, lets {@code analysis} work on it and saves it, leaving neither a
     * journal nor a backup.
     */
    static Path writeProject(Path data, ColumnRoles roles, ProjectSettings settings, Analysis analysis)
            throws IOException {
        String name = data.getFileName().toString();
        Path projectFile = data.resolveSibling(name.substring(0, name.length() - ".csv".length()) + ".errata.json");
        Files.deleteIfExists(Project.journalOf(projectFile));
        ImportRequest request =
                roles == null ? ImportRequest.of(data) : ImportRequest.of(data).withOverrides(roles);
        try (Project project = new ProjectOpener().create(projectFile, request, Progress.NONE)) {
            project.setSettings(settings);
            Outcomes outcomes = Outcomes.of(project.dataset(), project.roles(), settings.threshold());
            analysis.apply(
                    project,
                    ErrorRows.of(outcomes, settings.tolerance() == null ? Double.NaN : settings.tolerance())
                            .errors());
            project.save();
        }
        // the journal the save started holds no edits, and the backup is the blank project create() saved
        Files.deleteIfExists(Project.journalOf(projectFile));
        Files.deleteIfExists(Project.backupOf(projectFile));
        return projectFile;
    }

    /**
     * The rows an analyst part-way through a review has looked at: the first errors in file order, and the
     * first correct rows for comparison.
     */
    static RoaringBitmap reviewedFirst(RoaringBitmap errors, int rowCount, int errorsToReview, int correctToReview) {
        RoaringBitmap reviewed = new RoaringBitmap();
        int errorsLeft = errorsToReview;
        int correctLeft = correctToReview;
        for (int row = 0; row < rowCount && (errorsLeft > 0 || correctLeft > 0); row++) {
            boolean error = errors.contains(row);
            if (error ? errorsLeft-- > 0 : correctLeft-- > 0) {
                reviewed.add(row);
            }
        }
        return reviewed;
    }

    /** The rows among {@code rows} whose hidden fact (one per row, in row order) passes {@code test}: what the analyst tags on looking. */
    static <T> RoaringBitmap withFact(RoaringBitmap rows, List<T> facts, Predicate<T> test) {
        RoaringBitmap matching = new RoaringBitmap();
        for (int row : rows) {
            if (test.test(facts.get(row))) {
                matching.add(row);
            }
        }
        return matching;
    }

    /** The data file {@code name} in {@code folder}, creating the folder. */
    static Path dataFile(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return folder.resolve(name);
    }
}
