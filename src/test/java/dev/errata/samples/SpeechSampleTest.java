package dev.errata.samples;

import static dev.errata.samples.SampleFiles.reviewedIds;
import static dev.errata.samples.SampleFiles.tag;
import static dev.errata.samples.SampleFiles.taggedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechSampleTest {

    @TempDir
    static Path dir;

    static WrittenSample sample;

    @BeforeAll
    static void writeTheSample() throws IOException {
        sample = WrittenSample.read(SpeechProject.write(dir), "speech.csv");
    }

    @Test
    void anUtteranceIsAnErrorExactlyWhenItsTranscriptDiffers() {
        long wrong = sample.rows().stream().filter(SpeechSampleTest::wrong).count();
        long words = sample.rows().stream()
                .mapToLong(r -> Long.parseLong(r.get("words")))
                .sum();

        assertThat(sample.metrics().get("task").asText()).isEqualTo("transcription");
        assertThat(sample.metrics().get("tolerance").asDouble()).isZero();
        assertThat(sample.metrics().get("errors").asLong()).isEqualTo(wrong);
        JsonNode overall = sample.metrics().get("overall");
        assertThat(overall.get("reference_words").asLong()).isEqualTo(words);
        assertThat(overall.get("sentence_error_rate").asDouble())
                .isCloseTo((double) wrong / sample.rows().size(), within(1e-12));
        assertThat(overall.get("wer").asDouble()).isGreaterThan(0).isLessThan(0.1);
    }

    @Test
    void carNoiseOnAndroidMakesMostOfTheReviewedErrors() throws IOException {
        Set<String> reviewed = reviewedIds(sample.project());
        Set<String> car = taggedIds(sample.project(), "car noise");
        List<CSVRecord> reviewedErrors = sample.rows().stream()
                .filter(r -> reviewed.contains(id(r)))
                .filter(SpeechSampleTest::wrong)
                .toList();
        long carErrors =
                reviewedErrors.stream().filter(r -> car.contains(id(r))).count();
        long carAndroidErrors = reviewedErrors.stream()
                .filter(r -> car.contains(id(r)))
                .filter(r -> r.get("device").equals("android"))
                .count();

        JsonNode carNoise = tag(sample.metrics(), "car noise");
        assertThat(carNoise.get("reviewed_rows").asLong()).isEqualTo(reviewed.size());
        assertThat(carNoise.get("scope_rows").asLong()).isEqualTo(sample.rows().size());
        // one error stratum: the estimated share of all errors is the share of the reviewed ones
        assertThat(carNoise.get("error_share").asDouble())
                .isCloseTo((double) carErrors / reviewedErrors.size(), within(1e-12));
        assertThat(carNoise.get("error_share").asDouble()).isGreaterThan(0.6);
        assertThat((double) carAndroidErrors / reviewedErrors.size())
                .as("car noise on android")
                .isGreaterThan(0.5);
        assertThat(reviewed.size())
                .as("some rows are not reviewed yet")
                .isLessThan(sample.rows().size() / 2);
    }

    @Test
    void theRuleForAndroidAtLowSnrFindsTheFindingWithoutListening() {
        Predicate<CSVRecord> rule = r -> r.get("device").equals("android") && Double.parseDouble(r.get("snr_db")) < 12;
        long count = sample.rows().stream().filter(rule).count();
        long errors = sample.rows().stream()
                .filter(rule)
                .filter(SpeechSampleTest::wrong)
                .count();
        long allErrors = sample.rows().stream().filter(SpeechSampleTest::wrong).count();

        JsonNode tag = tag(sample.metrics(), "android, SNR below 12 dB");
        assertThat(tag.get("count").asLong()).isEqualTo(count);
        assertThat(tag.get("error_share").asDouble()).isEqualTo((double) errors / allErrors);
        assertThat(tag.get("lift").asDouble())
                .as("error rate over the overall one")
                .isGreaterThan(4);
    }

    private static boolean wrong(CSVRecord r) {
        return !r.get("reference").equals(r.get("recognised"));
    }

    private static String id(CSVRecord r) {
        return r.get("id");
    }
}
