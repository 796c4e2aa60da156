package dev.errata.samples;

import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.Outcomes;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.project.SavedView;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.roaringbitmap.RoaringBitmap;

/**
 * The sample projects the README opens: generated data plus a project file holding the tagging an analyst
 * would have done part-way through an error analysis (some errors reviewed and hand-tagged, two rule tags).
 */
public final class SampleProjects {

    public static final String DEFAULT = "churn/churn.errata.json";
    private static final long SEED = 42;
    private static final int CHURN_ROWS = 4000;

    private SampleProjects() {
    }

    /** Writes every sample under {@code folder}; returns the project files. */
    public static List<Path> writeAll(Path folder) throws IOException {
        return List.of(writeChurn(folder.resolve("churn")));
    }

    private static Path writeChurn(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path data = folder.resolve("churn.csv");
        new ChurnSample(CHURN_ROWS, SEED).write(data);
        Path projectFile = folder.resolve("churn.errata.json");
        Files.deleteIfExists(Project.journalOf(projectFile));
        try (Project project = new ProjectOpener().create(projectFile, ImportRequest.of(data), Progress.NONE)) {
            tagAsAnAnalystWould(project.session(), ErrorRows.of(Outcomes.of(project.dataset(), project.roles())).errors());
            project.setChecks(List.of("accuracy >= 0.85", "recall >= 0.5 on class \"exit\"",
                    "tpr gap over column gender <= 0.05", "error_share <= 0.2 on tag \"inactive, Germany, 45–60\""));
            project.setViews(List.of(new SavedView("by customer", "", "score", "descending",
                    List.of("id", "age", "geography", "gender", "is_active", "label", "prediction", "score"))));
            project.setSummary("Churn model v3 on the March hold-out set. Most missed leavers are inactive German"
                    + " customers aged 45–60; fee complaints explain a fifth of the reviewed errors.");
            project.save();
        }
        Files.deleteIfExists(Project.backupOf(projectFile));
        return projectFile;
    }

    private static void tagAsAnAnalystWould(TagSession session, RoaringBitmap errors) {
        session.createTag(TagDefinition.rule("inactive, Germany, 45–60", "#e15759",
                "geography == \"Germany\" and age >= 45 and age <= 60 and is_active == 0")
                .withSettings(0.9, 2, 5, null)
                .withDescription("The pocket the model misses: churn here has a cause the features do not show."));
        session.createTag(TagDefinition.rule("three or more products", "#76b7b2", "products >= 3")
                .withSettings(0.9, 4, 3, null));
        session.createTag(TagDefinition.hand("fee complaint", "#4e79a7").withSettings(0.85, 3, 4, 1)
                .withDescription("The customer complained about a fee change in the month before leaving."));
        session.createTag(TagDefinition.hand("moved abroad", "#f28e2b").withSettings(0.6, 1, 2, 2));
        session.createTag(TagDefinition.hand("data entry error", "#b07aa1").withSettings(1.0, 5, 3, 3));

        SplittableRandom random = new SplittableRandom(SEED);
        RoaringBitmap reviewed = new RoaringBitmap();
        RoaringBitmap fee = new RoaringBitmap();
        RoaringBitmap abroad = new RoaringBitmap();
        RoaringBitmap entry = new RoaringBitmap();
        // Three fifths of the errors reviewed so far, and a few hundred correct rows for comparison,
        // where the same causes are rarer.
        int errorsToReview = errors.getCardinality() * 3 / 5;
        int correctToReview = 400;
        int rows = session.dataset().rowCount();
        for (int row = 0; row < rows && (errorsToReview > 0 || correctToReview > 0); row++) {
            boolean error = errors.contains(row);
            if (error ? errorsToReview-- <= 0 : correctToReview-- <= 0) {
                continue;
            }
            reviewed.add(row);
            double u = random.nextDouble() * (error ? 1 : 4);
            if (u < 0.22) {
                fee.add(row);
            } else if (u < 0.32) {
                abroad.add(row);
            } else if (u < 0.37) {
                entry.add(row);
            }
        }
        session.setReviewed(reviewed, true);
        session.setTag("fee complaint", fee, true);
        session.setTag("moved abroad", abroad, true);
        session.setTag("data entry error", entry, true);
    }
}
