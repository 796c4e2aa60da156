package dev.errata.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.data.ColumnRoles;
import dev.errata.metrics.MetricsSettings.ColumnPair;
import dev.errata.report.MetricsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The job's score metrics of a binary classification (ROC AUC and average precision exact, by a walk down the
 * scores grouped and sorted on the cluster; log loss and Brier summed per partition) against scikit-learn's
 * numbers and the desktop's.
 */
class SparkScoresTest extends LocalSpark {

    private static final Path VERIFICATION = Path.of("..", "docs", "verification", "data");
    private static final List<String> SCORE_FIELDS =
            List.of("roc_auc", "roc_auc_weighted", "pr_auc", "log_loss", "brier_score", "scored_rows", "unscored_rows");

    private static JsonNode job(Path csv, String label, String prediction, String score, String positive) {
        return job(csv, new SlicesOnSpark.Roles(label, prediction, "string", List.of(), List.of()), score, positive);
    }

    private static JsonNode job(Path csv, SlicesOnSpark.Roles roles, String score, String positive) {
        return MetricsJson.tree(SparkJob.summarize(spark, csv.toString(), roles, positive, score, TagRequest.NONE));
    }

    private static JsonNode desktop(Path csv, String label, String prediction, String score, String positive)
            throws Exception {
        return LocalSpark.desktopJson(csv, new ColumnRoles(null, label, prediction, score, null, null, positive));
    }

    @Test
    void adultIncomeScoresAgreeWithScikitLearnAndTheDesktop() throws Exception {
        Path csv = VERIFICATION.resolve("adult-income/adult_predictions.csv");
        JsonNode job = job(csv, "true_label", "pred_label", "score", ">50K");

        // docs/verification/data/adult-income/expected.json: sklearn's roc_auc_score, average_precision_score,
        // log_loss and brier_score_loss of the >50K score
        assertThat(job.at("/overall/roc_auc").asDouble()).isCloseTo(0.9088399718792735, WITHIN);
        assertThat(job.at("/overall/pr_auc").asDouble()).isCloseTo(0.770435960634672, WITHIN);
        assertThat(job.at("/overall/log_loss").asDouble()).isCloseTo(0.3171181961369617, WITHIN);
        assertThat(job.at("/overall/brier_score").asDouble()).isCloseTo(0.10095774849267836, WITHIN);
        JsonNode desktop = desktop(csv, "true_label", "pred_label", "score", ">50K");
        assertSameScores(job, desktop);

        // the same rows as Parquet in four parts, the score a double column: the same figures
        Path parquet = dir.resolve("adult.parquet");
        spark.read()
                .option("header", "true")
                .option("inferSchema", "true")
                .csv(csv.toString())
                .repartition(4)
                .write()
                .parquet(parquet.toString());
        JsonNode fromParquet = job(parquet, "true_label", "pred_label", "score", ">50K");
        assertSameScores(fromParquet, desktop);
        assertThat(fromParquet.at("/overall/roc_auc").asDouble()).isCloseTo(0.9088399718792735, WITHIN);
        assertThat(fromParquet.at("/overall/accuracy").asDouble()).isCloseTo(0.8543351417750026, WITHIN);
    }

    /**
     * Scores of two decimals, so most rows tie with others; rows without a score, rows without a label, and
     * confident mistakes (0 and 1) that the log loss clips.
     */
    @Test
    void tiedAndMissingScoresGiveTheDesktopsNumbers() throws Exception {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder("y,p,s,region,age\n");
        String[] regions = {"north", "south", "east", "", "west"};
        for (int r = 0; r < 20_000; r++) {
            boolean positive = random.nextDouble() < 0.3;
            double score = Math.min(1, Math.max(0, (positive ? 0.62 : 0.38) + random.nextGaussian() * 0.25));
            String text = random.nextDouble() < 0.03 ? "" : String.format(java.util.Locale.ROOT, "%.2f", score);
            String label = random.nextDouble() < 0.02 ? "" : positive ? "churn" : "stay";
            csv.append(label)
                    .append(',')
                    .append(score >= 0.5 ? "churn" : "stay")
                    .append(',')
                    .append(text)
                    .append(',')
                    .append(regions[random.nextInt(regions.length)])
                    .append(',')
                    .append(18 + random.nextInt(60))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("tied.csv"), csv);
        List<String> slices = List.of("region", "age");
        List<ColumnPair> crosses = List.of(new ColumnPair("region", "age"));
        JsonNode job = job(file, new SlicesOnSpark.Roles("y", "p", "string", slices, crosses), "s", "churn");
        JsonNode desktop = LocalSpark.desktopJson(
                file, new ColumnRoles(null, "y", "p", "s", null, null, "churn"), slices, crosses);
        assertSameScores(job, desktop);
        // every slice's ranking and log loss: 4 regions and (missing), 5 age bins, the cross's cells
        JsonNode jobSlices = job.get("slices");
        JsonNode desktopSlices = desktop.get("slices");
        assertThat(jobSlices.size()).isEqualTo(desktopSlices.size()).isGreaterThan(30);
        for (int g = 0; g < desktopSlices.size(); g++) {
            for (String field : List.of("column", "value", "count", "roc_auc", "pr_auc", "log_loss")) {
                LocalSpark.assertClose(
                        "slices[" + g + "]." + field,
                        jobSlices.get(g).get(field),
                        desktopSlices.get(g).get(field));
            }
        }
        assertThat(jobSlices.get(0).get("roc_auc").isNumber()).isTrue();
        // the score's decision at the threshold (0.5) beside the prediction's, whose column was made from the
        // unrounded score: overall, and every slice's whole entry (its rates, gaps, at_threshold, scores)
        assertThat(job.get("threshold").asDouble()).isEqualTo(0.5);
        LocalSpark.assertClose("rates", job.get("rates"), desktop.get("rates"));
        assertThat(job.at("/rates/threshold/tp").asLong())
                .isNotEqualTo(job.at("/rates/prediction/tp").asLong());
        LocalSpark.assertClose("slices", jobSlices, desktopSlices);
        LocalSpark.assertClose("disparities", job.get("disparities"), desktop.get("disparities"));
        // about 3% of the labelled rows have no score; the unlabelled 2% count as neither
        assertThat(job.at("/overall/unscored_rows").asLong()).isBetween(450L, 750L);
        assertThat(job.at("/overall/scored_rows").asLong()
                        + job.at("/overall/unscored_rows").asLong())
                .isBetween(19_400L, 19_800L);
    }

    @Test
    void aScoreOutsideZeroToOneIsRefusedNamingItsValue() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "y,p,s\na,a,0.2\nb,a,1.5\nb,b,0.9\n");
        assertThatThrownBy(() -> job(file, "y", "p", "s", "b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column \"s\" needs a probability from 0 to 1 but holds \"1.5\"");
    }

    private static void assertSameScores(JsonNode job, JsonNode desktop) {
        for (String field : SCORE_FIELDS) {
            LocalSpark.assertClose("overall." + field, job.at("/overall/" + field), desktop.at("/overall/" + field));
        }
    }

    /**
     * Ten digits' probability columns: one class against the rest, macro and weighted, the true class's log loss
     * and the multiclass Brier score, as scikit-learn computes them, overall; and per slice of generated data
     * with gaps, as the desktop does.
     */
    @Test
    void classProbabilitiesAgreeWithScikitLearnAndTheDesktop() throws Exception {
        Path digits = VERIFICATION.resolve("digits/digits_predictions.csv");
        SlicesOnSpark.Roles roles = new SlicesOnSpark.Roles("label", "prediction", "string", List.of(), List.of());
        JsonNode job = MetricsJson.tree(
                SparkJob.summarize(spark, digits.toString(), roles, null, null, "proba_", 0.5, TagRequest.NONE));
        // docs/verification/data/digits/expected.json: sklearn's roc_auc_score(multi_class="ovr") macro and
        // weighted, log_loss, and brier_score_loss of the probability matrix
        assertThat(job.at("/overall/roc_auc").asDouble()).isCloseTo(0.9989646265612622, WITHIN);
        assertThat(job.at("/overall/roc_auc_weighted").asDouble()).isCloseTo(0.9989678318977386, WITHIN);
        assertThat(job.at("/overall/log_loss").asDouble()).isCloseTo(0.14998714170444422, WITHIN);
        assertThat(job.at("/overall/brier_score").asDouble()).isCloseTo(0.06440433024290296, WITHIN);

        Random random = new Random(17);
        String[] classes = {"bird", "cat", "dog", "fox"};
        StringBuilder csv = new StringBuilder("y,p,proba_bird,proba_cat,proba_dog,proba_fox,region\n");
        for (int r = 0; r < 8_000; r++) {
            int label = random.nextInt(4);
            double[] p = new double[4];
            double total = 0;
            for (int c = 0; c < 4; c++) {
                p[c] = Math.round((c == label ? 2.0 : 0.5) * random.nextDouble() * 20) / 20.0 + 0.01;
                total += p[c];
            }
            int predicted = 0;
            for (int c = 1; c < 4; c++) {
                predicted = p[c] > p[predicted] ? c : predicted;
            }
            csv.append(random.nextDouble() < 0.02 ? "" : classes[label])
                    .append(',')
                    .append(classes[predicted]);
            for (int c = 0; c < 4; c++) {
                // a gap in 2% of the rows' cells: the row leaves the AUC and, for its true class, the log loss
                String cell =
                        random.nextDouble() < 0.02 ? "" : String.format(java.util.Locale.ROOT, "%.4f", p[c] / total);
                csv.append(',').append(cell);
            }
            csv.append(',').append(random.nextBoolean() ? "north" : "south").append('\n');
        }
        Path file = Files.writeString(dir.resolve("classes.csv"), csv);
        List<String> slices = List.of("region");
        JsonNode generated = MetricsJson.tree(SparkJob.summarize(
                spark,
                file.toString(),
                new SlicesOnSpark.Roles("y", "p", "string", slices, List.of()),
                null,
                null,
                "proba_",
                0.5,
                TagRequest.NONE));
        JsonNode desktop = LocalSpark.desktopJson(
                file,
                new ColumnRoles(
                        null,
                        "y",
                        "p",
                        null,
                        Map.of("bird", "proba_bird", "cat", "proba_cat", "dog", "proba_dog", "fox", "proba_fox"),
                        null,
                        null),
                slices,
                List.of());
        assertSameScores(generated, desktop);
        assertThat(generated.at("/overall/unscored_rows").asLong()).isGreaterThan(100);
        for (int g = 0; g < desktop.get("slices").size(); g++) {
            for (String field : List.of("value", "count", "roc_auc", "log_loss")) {
                LocalSpark.assertClose(
                        "slices[" + g + "]." + field,
                        generated.get("slices").get(g).get(field),
                        desktop.get("slices").get(g).get(field));
            }
        }
    }
}
