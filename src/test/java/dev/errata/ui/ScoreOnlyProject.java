package dev.errata.ui;

import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.roaringbitmap.RoaringBitmap;

/**
 * Ten rows of a binary model that gives a score and no prediction, so the threshold makes the predictions,
 * with a rule tag "web" on device web. No score lies between 0.61 and 0.79, so every threshold there
 * predicts the same. Tests count what they expect from {@link #CSV} with {@link #errorsAt}.
 */
public final class ScoreOnlyProject {

    public static final String CSV = """
            id,label,score,device
            1,1,0.9,android
            2,1,0.58,android
            3,0,0.1,ios
            4,0,0.85,ios
            5,1,0.8,android
            6,0,0.55,web
            7,1,0.3,web
            8,0,0.1,android
            9,1,0.95,ios
            10,0,0.6,android
            """;

    public final Path projectFile;

    public ScoreOnlyProject(Path folder) throws IOException {
        projectFile = ProjectOnDisk.create(
                folder,
                "scores",
                CSV,
                session -> session.createTag(TagDefinition.rule("web", "#e06c75", "device == \"web\"")));
    }

    /** The lines of {@link #CSV} under the header, split into cells. */
    public static List<String[]> lines() {
        return CSV.strip().lines().skip(1).map(line -> line.split(",")).toList();
    }

    /** The rows (0-based) whose label differs from score ≥ threshold, on the lines of the device, or all for null. */
    public static RoaringBitmap errorsAt(double threshold, String device) {
        RoaringBitmap errors = new RoaringBitmap();
        List<String[]> lines = lines();
        for (int row = 0; row < lines.size(); row++) {
            String[] cells = lines.get(row);
            boolean predictedPositive = Double.parseDouble(cells[2]) >= threshold;
            if ((device == null || device.equals(cells[3])) && predictedPositive != cells[1].equals("1")) {
                errors.add(row);
            }
        }
        return errors;
    }
}
