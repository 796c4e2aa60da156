package dev.errata.samples;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Task;
import dev.errata.project.Project;
import dev.errata.project.ProjectSettings;
import dev.errata.project.SavedView;
import dev.errata.samples.ScreenInspectionSample.Seen;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * The screen inspection sample's project: a multiclass task with class probabilities, hand tags for what
 * the analyst saw in the reviewed images, and rule tags for the station and the dent / pit mark classes.
 */
final class ScreenInspectionProject {

    private static final int ROWS = 1500;

    private ScreenInspectionProject() {}

    static Path write(Path folder) throws IOException {
        Path data = SampleProjects.dataFile(folder, "screens.csv");
        List<Seen> seen = new ScreenInspectionSample(ROWS, SampleProjects.SEED).write(data);
        return SampleProjects.writeProject(
                data, roles(), ProjectSettings.DEFAULT, (project, errors) -> analyse(project, errors, seen));
    }

    private static ColumnRoles roles() {
        Map<String, String> scores = new LinkedHashMap<>();
        ScreenInspectionSample.CLASSES.forEach(c -> scores.put(c, "prob_" + c));
        return new ColumnRoles("id", "label", "prediction", null, scores, Task.MULTICLASS, null);
    }

    private static void analyse(Project project, RoaringBitmap errors, List<Seen> seen) {
        TagSession session = project.session();
        session.createTag(TagDefinition.hand("blurry", "#e15759")
                .withSettings(0.95, 4, 5, 1)
                .withDescription("Out of focus: the edges of the screen are soft and small defects vanish."));
        session.createTag(TagDefinition.hand("small dent", "#f28e2b")
                .withSettings(0.8, 2, 3, 2)
                .withDescription("A dent so small it looks like a pit mark; even the inspectors disagree on some."));
        session.createTag(TagDefinition.rule(
                        "station " + ScreenInspectionSample.BLURRY_STATION,
                        "#4e79a7",
                        "station == \"" + ScreenInspectionSample.BLURRY_STATION + "\"")
                .withSettings(null, null, 3, null));
        session.createTag(TagDefinition.rule("dent or pit mark", "#76b7b2", "label in (\"dent\", \"pit_mark\")")
                .withSettings(0.9, 2, 4, null));

        // Half of the errors looked at so far, and some correct images to compare with.
        RoaringBitmap reviewed = SampleProjects.reviewedFirst(errors, seen.size(), errors.getCardinality() / 2, 200);
        session.setReviewed(reviewed, true);
        session.setTag("blurry", SampleProjects.withFact(reviewed, seen, Seen::blurry), true);
        session.setTag("small dent", SampleProjects.withFact(reviewed, seen, Seen::smallDent), true);

        project.setChecks(List.of(
                "accuracy >= 0.85",
                "recall >= 0.8 on class \"dent\"",
                "recall >= 0.8 on class \"pit_mark\"",
                "error_share <= 0.2 on tag \"blurry\"",
                "accuracy on column station = \"S3\" >= 0.8"));
        project.setViews(List.of(new SavedView(
                "least sure first",
                "",
                "prob_none",
                "descending",
                List.of("id", "image", "station", "label", "prediction", "prob_dent", "prob_pit_mark", "prob_none"))));
        project.setSummary("Screen defect classifier v4 on the May inspection photos. Blurry photos, most of them from"
                + " station S3, are wrong four times as often; dents and pit marks are mixed up both ways.");
    }
}
