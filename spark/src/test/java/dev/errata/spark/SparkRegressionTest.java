package dev.errata.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Task;
import dev.errata.report.MetricsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The job's regression document against the desktop's on the same data, and against a hand count. */
class SparkRegressionTest extends LocalSpark {

    private static final SlicesOnSpark.Roles ROLES = new SlicesOnSpark.Roles("y", "p", "double", List.of(), List.of());
    private static final List<String> OVERALL = List.of("mae", "rmse", "r2", "mean_residual", "durbin_watson");

    @Test
    void fiveRowsGiveTheNumbersCountedByHand() throws Exception {
        // residuals 1, -2, 0.5, 3 and a row without prediction; absolute sorted 0.5 1 2 3
        Path csv = Files.writeString(dir.resolve("hand.csv"), "y,p\n3,2\n1,3\n2,1.5\n6,3\n4,\n");
        JsonNode job = MetricsJson.tree(
                SparkJob.summarizeRegression(spark, csv.toString(), ROLES, Double.NaN, TagRequest.NONE));

        assertThat(job.get("rows").asInt()).isEqualTo(5);
        assertThat(job.get("evaluable_rows").asInt()).isEqualTo(4);
        // numpy.quantile([0.5, 1, 2, 3], 0.8) = 2 + 0.4 * (3 - 2) = 2.4: only the residual 3 is above
        assertThat(job.get("tolerance").asDouble()).isCloseTo(2.4, within(1e-12));
        assertThat(job.get("errors").asInt()).isEqualTo(1);
        // MAE (1 + 2 + 0.5 + 3) / 4; RMSE sqrt((1 + 4 + 0.25 + 9) / 4); labels 3 1 2 6: mean 3, SS_tot 14
        assertThat(job.at("/overall/mae").asDouble()).isCloseTo(1.625, within(1e-12));
        assertThat(job.at("/overall/rmse").asDouble()).isCloseTo(Math.sqrt(14.25 / 4), within(1e-12));
        assertThat(job.at("/overall/r2").asDouble()).isCloseTo(1 - 14.25 / 14, within(1e-12));
        // Durbin–Watson: ((-2 - 1)² + (0.5 + 2)² + (3 - 0.5)²) / 14.25
        assertThat(job.at("/overall/durbin_watson").asDouble()).isCloseTo((9 + 6.25 + 6.25) / 14.25, within(1e-12));
    }

    @Test
    void generatedDataGivesTheDesktopsNumbersAcrossPartitions() throws Exception {
        Path csv = generated(dir.resolve("regression.csv"), 20_000, 11);
        assertThat(spark.read()
                        .option("header", "true")
                        .csv(csv.toString())
                        .javaRDD()
                        .getNumPartitions())
                .as("the file is read in parts, so the job merges partial sums")
                .isGreaterThan(2);

        JsonNode job = MetricsJson.tree(
                SparkJob.summarizeRegression(spark, csv.toString(), ROLES, Double.NaN, TagRequest.NONE));
        JsonNode desktop = desktopJson(csv);

        for (String field : List.of("rows", "evaluable_rows", "errors", "task")) {
            assertThat(job.get(field)).as(field).isEqualTo(desktop.get(field));
        }
        assertThat(job.get("tolerance").asDouble())
                .isEqualTo(desktop.get("tolerance").asDouble());
        for (String name : OVERALL) {
            assertThat(job.at("/overall/" + name).asDouble())
                    .as(name)
                    .isCloseTo(desktop.at("/overall/" + name).asDouble(), within(1e-12));
        }
        // the generator leaves about 2% of labels and 2% of predictions out
        assertThat(desktop.get("evaluable_rows").asInt()).isBetween(19_000, 19_400);
    }

    @Test
    void aGivenToleranceDecidesTheErrors() throws Exception {
        Path csv = Files.writeString(dir.resolve("tolerance.csv"), "y,p\n3,2\n1,3\n2,1.5\n6,3\n");
        JsonNode job =
                MetricsJson.tree(SparkJob.summarizeRegression(spark, csv.toString(), ROLES, 0.75, TagRequest.NONE));

        // absolute residuals 1, 2, 0.5, 3: three are above 0.75
        assertThat(job.get("errors").asInt()).isEqualTo(3);
        assertThat(job.get("tolerance").asDouble()).isEqualTo(0.75);
    }

    private static JsonNode desktopJson(Path csv) throws Exception {
        return LocalSpark.desktopJson(csv, new ColumnRoles(null, "y", "p", null, null, Task.REGRESSION, null));
    }

    /** A label around 50 and a prediction off by a heavy-tailed noise; a cell is empty one time in fifty. */
    private static Path generated(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(rows + 1);
        lines.add("id,y,p");
        for (int i = 0; i < rows; i++) {
            double y = 50 + 20 * (random.nextDouble() - 0.5);
            double noise = random.nextDouble() < 0.1 ? 30 * (random.nextDouble() - 0.5) : random.nextDouble() - 0.5;
            String label = random.nextInt(50) == 0 ? "" : String.format(Locale.ROOT, "%.4f", y);
            String prediction = random.nextInt(50) == 0 ? "" : String.format(Locale.ROOT, "%.4f", y + noise);
            lines.add(i + "," + label + "," + prediction);
        }
        return Files.write(file, lines);
    }
}
