package dev.errata.samples;

import static dev.errata.samples.SampleFiles.filesUnder;
import static dev.errata.samples.SampleFiles.reviewedIds;
import static dev.errata.samples.SampleFiles.tag;
import static dev.errata.samples.SampleFiles.taggedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenInspectionSampleTest {

    @TempDir
    static Path dir;

    static WrittenSample sample;

    @BeforeAll
    static void writeTheSample() throws IOException {
        sample = WrittenSample.read(ScreenInspectionProject.write(dir), "screens.csv");
    }

    @Test
    void dentsAndPitMarksAreTheModelsTwoLargestConfusions() {
        JsonNode confusion = sample.metrics().get("confusion");
        List<String> labels = new ArrayList<>();
        confusion.get("labels").forEach(l -> labels.add(l.asText()));
        long mostOffDiagonal = 0;
        for (int t = 0; t < labels.size(); t++) {
            for (int p = 0; p < labels.size(); p++) {
                long count = count(labels.get(t), labels.get(p));
                assertThat(confusion.get("matrix").get(t).get(p).asLong()).isEqualTo(count);
                boolean dentPit = List.of("dent", "pit_mark").containsAll(List.of(labels.get(t), labels.get(p)));
                mostOffDiagonal = t == p || dentPit ? mostOffDiagonal : Math.max(mostOffDiagonal, count);
            }
        }
        assertThat(Math.min(count("dent", "pit_mark"), count("pit_mark", "dent")))
                .isGreaterThan(2 * mostOffDiagonal);
    }

    @Test
    void blurryImagesAreWrongManyTimesMoreOftenThanSharpOnes() throws IOException {
        Set<String> reviewed = reviewedIds(sample.project());
        Set<String> blurry = taggedIds(sample.project(), "blurry");
        long blurryErrors = sample.rows().stream()
                .filter(r -> blurry.contains(r.get("id")))
                .filter(ScreenInspectionSampleTest::wrong)
                .count();
        long sharp = sample.rows().stream()
                .filter(r -> reviewed.contains(r.get("id")) && !blurry.contains(r.get("id")))
                .count();
        long sharpErrors = sample.rows().stream()
                .filter(r -> reviewed.contains(r.get("id")) && !blurry.contains(r.get("id")))
                .filter(ScreenInspectionSampleTest::wrong)
                .count();

        // the stratified estimate, from the rows: each reviewed error stands for errors ÷ reviewed errors
        long errors =
                sample.rows().stream().filter(ScreenInspectionSampleTest::wrong).count();
        long reviewedErrors = sample.rows().stream()
                .filter(r -> reviewed.contains(r.get("id")))
                .filter(ScreenInspectionSampleTest::wrong)
                .count();
        long reviewedCorrect = reviewed.size() - reviewedErrors;
        double taggedErrors = (double) errors / reviewedErrors * blurryErrors;
        double taggedCorrect =
                (double) (sample.rows().size() - errors) / reviewedCorrect * (blurry.size() - blurryErrors);
        JsonNode tag = tag(sample.metrics(), "blurry");
        assertThat(tag.get("count").asLong()).isEqualTo(blurry.size());
        assertThat(tag.get("estimate").asText()).isEqualTo("sample");
        assertThat(tag.get("error_rate").asDouble())
                .isCloseTo(taggedErrors / (taggedErrors + taggedCorrect), within(1e-12));
        assertThat(tag.get("error_rate").asDouble())
                .isGreaterThan(
                        3 * sample.metrics().get("overall").get("error_rate").asDouble());
        assertThat(blurry).isNotEmpty();
        assertThat(sharpErrors).isLessThan(sharp);
    }

    @Test
    void theImagesTaggedBlurryHaveSoftEdgesAndTheOthersSharpOnes() throws IOException {
        Set<String> reviewed = reviewedIds(sample.project());
        Set<String> blurry = taggedIds(sample.project(), "blurry");
        for (CSVRecord row : sample.rows()) {
            if (reviewed.contains(row.get("id"))) {
                BufferedImage image = ImageIO.read(dir.resolve(row.get("image")).toFile());
                assertThat(image.getWidth()).isEqualTo(64);
                assertThat(largestStep(image))
                        .as(row.get("image"))
                        .matches(step -> blurry.contains(row.get("id")) ? step < 30 : step > 50);
            }
        }
    }

    @Test
    void everyRowHasItsImageAndTheSampleStaysSmall() throws IOException {
        long bytes = 0;
        for (Path file : filesUnder(dir)) {
            bytes += Files.size(dir.resolve(file));
        }
        assertThat(sample.rows())
                .allSatisfy(r -> assertThat(dir.resolve(r.get("image"))).isRegularFile());
        assertThat(bytes).isLessThan(15_000_000);
    }

    /** The largest brightness step between neighbouring pixels of a row: the bezel's edge, unless blurred. */
    private static int largestStep(BufferedImage image) {
        int largest = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 1; x < image.getWidth(); x++) {
                largest = Math.max(largest, Math.abs((image.getRGB(x, y) & 0xff) - (image.getRGB(x - 1, y) & 0xff)));
            }
        }
        return largest;
    }

    private static long count(String label, String prediction) {
        return sample.rows().stream()
                .filter(r -> r.get("label").equals(label) && r.get("prediction").equals(prediction))
                .count();
    }

    private static boolean wrong(CSVRecord r) {
        return !r.get("label").equals(r.get("prediction"));
    }
}
