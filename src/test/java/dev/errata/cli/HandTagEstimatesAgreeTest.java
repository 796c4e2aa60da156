package dev.errata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.data.ImportRequest;
import dev.errata.data.Progress;
import dev.errata.metrics.Proportion;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.report.NumberText;
import dev.errata.tags.TagDefinition;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * A hand tag's estimates read the same in every output: the JSON of {@code metrics}, the tag export, a
 * report and {@code check}; and a value that cannot be known is null, empty, "—" and a failed check
 * with what to review, alike.
 */
class HandTagEstimatesAgreeTest {

    @TempDir
    Path dir;

    /**
     * 200 rows, rows 0–39 errors. Reviewed: errors 0–29 and correct rows 40–59 ({@code reviewCorrect}).
     * Hand tag "glare" on errors 0–11 and correct rows 40–43.
     */
    private Path project(boolean reviewCorrect) throws IOException {
        StringBuilder csv = new StringBuilder("id,label,prediction\n");
        for (int i = 0; i < 200; i++) {
            csv.append(i)
                    .append(',')
                    .append(i % 2)
                    .append(',')
                    .append(i < 40 ? 1 - i % 2 : i % 2)
                    .append('\n');
        }
        Path data = Files.writeString(dir.resolve("eval.csv"), csv);
        Path file = dir.resolve("eval.errata.json");
        try (Project p = new ProjectOpener().create(file, ImportRequest.of(data), Progress.NONE)) {
            p.session().createTag(TagDefinition.hand("glare", "#4e79a7").withSettings(0.9, null, null, null));
            RoaringBitmap tagged = RoaringBitmap.bitmapOfRange(0, 12);
            tagged.add(40L, 44L);
            p.session().setTag("glare", tagged, true);
            RoaringBitmap reviewed = RoaringBitmap.bitmapOfRange(0, 30);
            if (reviewCorrect) {
                reviewed.add(40L, 60L);
            }
            p.session().setReviewed(reviewed, true);
            p.save();
        }
        return file;
    }

    private static JsonNode tagJson(Path project) throws IOException {
        CommandRun run = CommandRun.of("metrics", "--project", project.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        return new ObjectMapper().readTree(run.out()).get("tags").get(0);
    }

    private CSVRecord tagCsv(Path project) throws IOException {
        Path out = dir.resolve("tags.csv");
        assertThat(CommandRun.of("export", "tags", project.toString(), "--out", out.toString())
                        .exitCode())
                .isZero();
        try (Reader in = Files.newBufferedReader(out);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            return parser.getRecords().get(0);
        }
    }

    private String report(Path project) throws IOException {
        Path out = dir.resolve("report.md");
        assertThat(CommandRun.of("report", project.toString(), "--out", out.toString())
                        .exitCode())
                .isZero();
        // Markdown escapes punctuation: the brackets of an interval, a colon
        return Files.readString(out).replaceAll("\\\\(\\p{Punct})", "$1");
    }

    @Test
    void theEstimatesReadTheSameInJsonExportReportAndCheck() throws IOException {
        Path project = project(true);
        JsonNode json = tagJson(project);
        // each reviewed error stands for 40/30 errors, each reviewed correct row for 160/20:
        // |T| ≈ 12·4/3 + 4·8 = 48 of 200, |T∩E| ≈ 16
        assertThat(json.get("prevalence").asDouble()).isCloseTo(48.0 / 200, within(1e-12));
        assertThat(json.get("error_rate").asDouble()).isCloseTo(16.0 / 48, within(1e-12));
        assertThat(json.get("estimate").asText()).isEqualTo("sample");

        CSVRecord csv = tagCsv(project);
        for (String name : List.of(
                "prevalence",
                "prevalence_low",
                "prevalence_high",
                "error_share",
                "error_rate",
                "error_rate_low",
                "error_rate_high",
                "potential_gain",
                "potential_gain_low",
                "potential_gain_high")) {
            assertThat(Double.parseDouble(csv.get(name)))
                    .as(name)
                    .isEqualTo(json.get(name).asDouble());
        }
        assertThat(csv.get("reviewed_rows"))
                .isEqualTo(json.get("reviewed_rows").asText())
                .isEqualTo("50");

        Proportion prevalence = new Proportion(
                json.get("prevalence").asDouble(),
                json.get("prevalence_low").asDouble(),
                json.get("prevalence_high").asDouble(),
                false);
        assertThat(report(project))
                .contains(NumberText.withInterval(prevalence))
                .contains("16 of 50 reviewed");

        CommandRun check = CommandRun.of("check", project.toString(), "--check", "error_rate <= 0.4 on tag \"glare\"");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out())
                .contains(String.format(
                        Locale.ROOT,
                        "%.4f (estimated from 50 reviewed rows, 95%% interval [%.4f, %.4f])",
                        json.get("error_rate").asDouble(),
                        json.get("error_rate_low").asDouble(),
                        json.get("error_rate_high").asDouble()));
    }

    @Test
    void withOnlyErrorsReviewedEveryOutputSaysTheValueIsUnknownAndWhatToReview() throws IOException {
        Path project = project(false);
        String why = "review some correct rows: 0 of 160 reviewed";
        JsonNode json = tagJson(project);
        assertThat(json.get("prevalence").isNull()).isTrue();
        assertThat(json.get("error_rate").isNull()).isTrue();
        assertThat(json.get("potential_gain").isNull()).isTrue();
        assertThat(json.get("error_share").asDouble()).isCloseTo(12.0 / 30, within(1e-12));
        assertThat(json.get("unknown_because").asText()).isEqualTo(why);

        CSVRecord csv = tagCsv(project);
        assertThat(csv.get("prevalence")).isEmpty();
        assertThat(csv.get("error_rate")).isEmpty();

        assertThat(report(project)).contains(why);

        CommandRun check = CommandRun.of("check", project.toString(), "--check", "error_rate <= 0.4 on tag \"glare\"");
        assertThat(check.exitCode()).isEqualTo(CheckCommand.FAILED);
        assertThat(check.out()).contains("unknown from the reviewed sample: " + why);
    }
}
