package dev.errata.samples;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Task;
import dev.errata.project.Project;
import dev.errata.project.ProjectSettings;
import dev.errata.project.SavedView;
import dev.errata.samples.SpeechSample.Heard;
import dev.errata.tags.TagDefinition;
import dev.errata.tags.TagSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * The speech sample's project: a transcription with tolerance 0 (any word wrong is an error), hand tags for
 * what the analyst heard on the reviewed utterances, and rule tags for what the columns say.
 */
final class SpeechProject {

    private static final int ROWS = 3000;
    private static final ColumnRoles ROLES =
            new ColumnRoles("id", "reference", "recognised", null, Map.of(), Task.TRANSCRIPTION, null);

    private SpeechProject() {}

    static Path write(Path folder) throws IOException {
        Path data = SampleProjects.dataFile(folder, "speech.csv");
        List<Heard> heard = new SpeechSample(ROWS, SampleProjects.SEED).write(data);
        return SampleProjects.writeProject(
                data, ROLES, new ProjectSettings(0.5, 0.0), (project, errors) -> analyse(project, errors, heard));
    }

    private static void analyse(Project project, RoaringBitmap errors, List<Heard> heard) {
        TagSession session = project.session();
        session.createTag(TagDefinition.hand("car noise", "#e15759")
                .withSettings(0.9, 2, 5, 1)
                .withDescription("Engine and road noise under the speech."));
        session.createTag(TagDefinition.hand("people noise", "#f28e2b")
                .withSettings(0.9, 3, 3, 2)
                .withDescription("Other voices in the background: a café, a party, a television."));
        session.createTag(TagDefinition.hand("low bandwidth", "#76b7b2")
                .withSettings(0.85, 4, 2, 3)
                .withDescription("Muffled, telephone-like audio: a Bluetooth hands-free link at 8 kHz."));
        session.createTag(TagDefinition.hand("strong accent", "#59a14f").withSettings(0.9, 2, 4, 4));
        session.createTag(TagDefinition.rule("android", "#4e79a7", "device == \"android\"")
                .withSettings(null, null, 3, null));
        session.createTag(
                TagDefinition.rule("android, SNR below 12 dB", "#b07aa1", "device == \"android\" and snr_db < 12")
                        .withSettings(0.9, 3, 5, null)
                        .withDescription("Finds most android car-noise utterances without listening to them."));

        // Two thirds of the errors heard so far, and some correct utterances to compare with; the rest of
        // the rows are neither tagged nor reviewed.
        RoaringBitmap reviewed =
                SampleProjects.reviewedFirst(errors, heard.size(), errors.getCardinality() * 2 / 3, 300);
        session.setReviewed(reviewed, true);
        session.setTag("car noise", SampleProjects.withFact(reviewed, heard, Heard::carNoise), true);
        session.setTag("people noise", SampleProjects.withFact(reviewed, heard, Heard::peopleNoise), true);
        session.setTag("low bandwidth", SampleProjects.withFact(reviewed, heard, Heard::lowBandwidth), true);
        session.setTag("strong accent", SampleProjects.withFact(reviewed, heard, Heard::strongAccent), true);
        int noted = 0;
        for (int row : reviewed) {
            if (errors.contains(row) && heard.get(row).carNoise() && noted++ % 10 == 0) {
                session.setNote(row, "engine hum drowns the first words");
            }
        }

        project.setChecks(List.of(
                "wer <= 0.03",
                "errors <= 300",
                "error_share <= 0.3 on tag \"car noise\"",
                "error_rate on column device = \"android\" <= 0.15",
                "error_rate on column device = \"ios\" <= 0.1"));
        project.setViews(List.of(new SavedView(
                "noisiest recordings",
                "",
                "snr_db",
                "ascending",
                List.of("id", "device", "accent", "snr_db", "reference", "recognised"))));
        project.setSummary("Recogniser v7 on the in-car and at-home command test set. Car noise on Android phones"
                + " makes most of the wrong transcripts; the Android noise suppression is the place to start.");
    }
}
