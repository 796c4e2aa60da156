package dev.errata.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.data.ColumnRoles;
import dev.errata.report.MetricsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The job's document against the desktop's on the same data, and against scikit-learn's numbers. */
class SparkMetricsTest extends LocalSpark {

    private static final Path VERIFICATION = Path.of("..", "docs", "verification", "data");
    private static final List<String> OVERALL = List.of(
            "accuracy",
            "error_rate",
            "macro_precision",
            "macro_recall",
            "macro_f1",
            "weighted_precision",
            "weighted_recall",
            "weighted_f1");

    @Test
    void adultIncomeAgreesWithScikitLearnAndTheDesktop() throws Exception {
        Path csv = VERIFICATION.resolve("adult-income/adult_predictions.csv");
        JsonNode job = jobJson(csv.toString(), "true_label", "pred_label", ">50K");

        // docs/verification/data/adult-income/expected.json: sklearn's accuracy_score and confusion_matrix
        assertThat(job.at("/overall/accuracy").asDouble()).isCloseTo(0.8543351417750026, WITHIN);
        assertThat(job.at("/confusion/matrix").toString()).isEqualTo("[[6904,513],[910,1442]]");
        assertThat(job.get("errors").asLong()).isEqualTo(1423);
        assertSameCounts(job, desktopJson(csv, "true_label", "pred_label", ">50K"));
    }

    @Test
    void digitsAgreeWithScikitLearnAndTheDesktop() throws Exception {
        Path csv = VERIFICATION.resolve("digits/digits_predictions.csv");
        JsonNode job = jobJson(csv.toString(), "label", "prediction", null);

        // docs/verification/data/digits/expected.json: sklearn's accuracy_score over the ten digits
        assertThat(job.at("/overall/accuracy").asDouble()).isCloseTo(0.9621802002224694, WITHIN);
        assertThat(job.get("classes")).hasSize(10);
        assertSameCounts(job, desktopJson(csv, "label", "prediction", null));
    }

    @Test
    void generatedDataAsCsvAndAsParquetGiveTheDesktopsNumbers() throws Exception {
        Path csv = generated(dir.resolve("generated.csv"), 20_000, 7);
        String parquet = dir.resolve("generated.parquet").toString();
        spark.read()
                .option("header", "true")
                .csv(csv.toString())
                .repartition(5)
                .write()
                .parquet(parquet);

        JsonNode desktop = desktopJson(csv, "label", "prediction", null);
        assertSameCounts(jobJson(csv.toString(), "label", "prediction", null), desktop);
        assertSameCounts(jobJson(parquet, "label", "prediction", null), desktop);
        // the generator leaves about 2% of labels and 2% of predictions out: those rows are not evaluable
        assertThat(desktop.get("evaluable_rows").asInt()).isBetween(19_000, 19_400);
    }

    private static JsonNode jobJson(String path, String label, String prediction, String positive) {
        return MetricsJson.tree(SparkJob.summarize(
                spark,
                path,
                new SlicesOnSpark.Roles(label, prediction, "string", List.of(), List.of()),
                positive,
                null,
                TagRequest.NONE));
    }

    private static JsonNode desktopJson(Path csv, String label, String prediction, String positive) throws Exception {
        return LocalSpark.desktopJson(csv, new ColumnRoles(null, label, prediction, null, null, null, positive));
    }

    /** Counts equal exactly, rates to 1e-12: the same counts, merged in another order. */
    private static void assertSameCounts(JsonNode job, JsonNode desktop) {
        for (String field : List.of("rows", "evaluable_rows", "errors", "task")) {
            assertThat(job.get(field)).as(field).isEqualTo(desktop.get(field));
        }
        for (String name : OVERALL) {
            assertThat(job.at("/overall/" + name).asDouble())
                    .as(name)
                    .isCloseTo(desktop.at("/overall/" + name).asDouble(), WITHIN);
        }
        assertClose("classes", job.get("classes"), desktop.get("classes"));
        assertClose("confusion", job.get("confusion"), desktop.get("confusion"));
        assertClose("rates.prediction", job.at("/rates/prediction"), desktop.at("/rates/prediction"));
    }

    /** Four classes; the prediction is right two times in three, and a cell is empty one time in fifty. */
    private static Path generated(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] classes = {"cat", "dog", "fox", "owl"};
        List<String> lines = new ArrayList<>(rows + 1);
        lines.add("id,label,prediction");
        for (int i = 0; i < rows; i++) {
            String label = classes[random.nextInt(4)];
            String prediction = random.nextInt(3) < 2 ? label : classes[random.nextInt(4)];
            lines.add(i + "," + (random.nextInt(50) == 0 ? "" : label) + ","
                    + (random.nextInt(50) == 0 ? "" : prediction));
        }
        return Files.write(file, lines);
    }
}
