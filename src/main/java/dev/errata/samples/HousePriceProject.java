package dev.errata.samples;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Task;
import dev.errata.project.Project;
import dev.errata.project.ProjectSettings;
import dev.errata.project.SavedView;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * The house price sample's project: a regression whose errors are predictions more than 75,000 off, rule
 * tags for the region and the size band the model gets wrong, and a hand tag for what the listings show.
 */
final class HousePriceProject {

    private static final int ROWS = 3000;
    static final double TOLERANCE = 75_000;
    private static final ColumnRoles ROLES =
            new ColumnRoles("id", "price", "predicted_price", null, Map.of(), Task.REGRESSION, null);

    private HousePriceProject() {}

    static Path write(Path folder) throws IOException {
        Path data = SampleProjects.dataFile(folder, "houses.csv");
        List<Boolean> seaViews = new HousePriceSample(ROWS, SampleProjects.SEED).write(data);
        return SampleProjects.writeProject(
                data,
                ROLES,
                new ProjectSettings(0.5, TOLERANCE),
                (project, errors) -> analyse(project, errors, seaViews));
    }

    private static void analyse(Project project, RoaringBitmap errors, List<Boolean> seaViews) {
        String region = "region == \"" + HousePriceSample.REGION + "\"";
        String large = "size_m2 >= " + HousePriceSample.LARGE_M2;
        TagSession session = project.session();
        session.createTag(TagDefinition.rule("Harbour", "#4e79a7", region).withSettings(null, null, 3, null));
        session.createTag(
                TagDefinition.rule("150 m² and more", "#f28e2b", large).withSettings(null, null, 3, null));
        session.createTag(TagDefinition.rule("large in Harbour", "#e15759", region + " and " + large)
                .withSettings(0.8, 3, 5, null)
                .withDescription("The model under-predicts these by about a third."));
        session.createTag(TagDefinition.hand("sea view", "#76b7b2")
                .withSettings(0.8, 2, 5, 1)
                .withDescription("The listing's photos face the sea; no column says so."));

        // Half of the errors looked up in the listings so far, and some good predictions to compare with.
        RoaringBitmap reviewed =
                SampleProjects.reviewedFirst(errors, seaViews.size(), errors.getCardinality() / 2, 150);
        session.setReviewed(reviewed, true);
        session.setTag("sea view", SampleProjects.withFact(reviewed, seaViews, Boolean::booleanValue), true);

        project.setChecks(List.of(
                "r2 >= 0.9",
                "mae <= 30000",
                "mean_residual on column region = \"Harbour\" <= 20000",
                "error_rate on column size_band = \"150+\" <= 0.2",
                "error_share <= 0.25 on tag \"large in Harbour\""));
        project.setViews(List.of(new SavedView(
                "priciest first",
                "",
                "price",
                "descending",
                List.of("id", "region", "size_m2", "rooms", "condition", "price", "predicted_price"))));
        project.setSummary("Valuation model v2 on last year's sales. Large houses in Harbour sell for about a third"
                + " more than predicted: most face the sea, and no feature says so.");
    }
}
