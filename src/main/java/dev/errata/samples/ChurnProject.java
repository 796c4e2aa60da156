package dev.errata.samples;

import dev.errata.data.Model;
import dev.errata.project.Project;
import dev.errata.project.ProjectSettings;
import dev.errata.project.SavedView;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import dev.errata.workbench.ProjectModels;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.roaringbitmap.RoaringBitmap;

/** The churn sample's project: the default sample, a binary task with a planted pocket and a fairness gap. */
final class ChurnProject {

    private static final int ROWS = 4000;

    private ChurnProject() {}

    static Path write(Path folder) throws IOException {
        Path data = SampleProjects.dataFile(folder, "churn.csv");
        new ChurnSample(ROWS, SampleProjects.SEED).write(data);
        return SampleProjects.writeProject(data, null, ProjectSettings.DEFAULT, ChurnProject::analyse);
    }

    private static void analyse(Project project, RoaringBitmap errors) {
        tagAsAnAnalystWould(project.session(), errors);
        project.setChecks(List.of(
                "accuracy >= 0.85",
                "recall >= 0.5 on class \"exit\"",
                "tpr gap over column gender <= 0.05",
                "error_share <= 0.2 on tag \"inactive, Germany, 45–60\""));
        project.setViews(List.of(new SavedView(
                "by customer",
                "",
                "score",
                "descending",
                List.of(
                        "id",
                        "age",
                        "geography",
                        "gender",
                        "is_active",
                        "label",
                        "prediction",
                        "score",
                        "prediction_v2",
                        "prediction_v3"))));
        recordVersions(project);
        project.setSummary("Churn model v1 on the March hold-out set. Most missed leavers are inactive German"
                + " customers aged 45–60; fee complaints, estimated from the reviewed rows, explain about a quarter of all errors."
                + " v2 learned the pocket but got customers with three or more products wrong; v3 fixed those too.");
    }

    /**
     * The model's three versions, each measured on the project's rows and tags on the day it came: v1 the
     * project's own prediction, then v2 and v3 from their columns.
     */
    private static void recordVersions(Project project) {
        ProjectModels.addFirst(project, "v1", LocalDate.of(2026, 9, 14));
        ProjectModels.add(project, Model.parse("v2=prediction_v2:score_v2"), "v1", LocalDate.of(2026, 10, 26));
        ProjectModels.add(project, Model.parse("v3=prediction_v3:score_v3"), "v1", LocalDate.of(2026, 11, 30));
    }

    private static void tagAsAnAnalystWould(TagSession session, RoaringBitmap errors) {
        session.createTag(TagDefinition.rule(
                        "inactive, Germany, 45–60",
                        "#e15759",
                        "geography == \"Germany\" and age >= 45 and age <= 60 and is_active == 0")
                .withSettings(0.9, 2, 5, null)
                .withDescription("The pocket the model misses: churn here has a cause the features do not show."));
        session.createTag(TagDefinition.rule("three or more products", "#76b7b2", "products >= 3")
                .withSettings(0.9, 4, 3, null));
        session.createTag(TagDefinition.hand("fee complaint", "#4e79a7")
                .withSettings(0.85, 3, 4, 1)
                .withDescription("The customer complained about a fee change in the month before leaving."));
        session.createTag(TagDefinition.hand("moved abroad", "#f28e2b").withSettings(0.6, 1, 2, 2));
        session.createTag(TagDefinition.hand("data entry error", "#b07aa1").withSettings(1.0, 5, 3, 3));

        // Three fifths of the errors reviewed so far, and a few hundred correct rows for comparison,
        // where the same causes are rarer.
        RoaringBitmap reviewed = SampleProjects.reviewedFirst(
                errors, session.dataset().rowCount(), errors.getCardinality() * 3 / 5, 400);
        SplittableRandom random = new SplittableRandom(SampleProjects.SEED);
        RoaringBitmap fee = new RoaringBitmap();
        RoaringBitmap abroad = new RoaringBitmap();
        RoaringBitmap entry = new RoaringBitmap();
        for (int row : reviewed) {
            double u = random.nextDouble() * (errors.contains(row) ? 1 : 4);
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
