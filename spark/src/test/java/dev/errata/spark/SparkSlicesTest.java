package dev.errata.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.data.ColumnRoles;
import dev.errata.data.Task;
import dev.errata.metrics.MetricsSettings.ColumnPair;
import dev.errata.report.MetricsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The job's slices and crosses against the desktop's on the same data, and against a hand count. */
class SparkSlicesTest extends LocalSpark {

    private static final List<String> SLICES = List.of("country", "device", "age", "tier");
    private static final List<ColumnPair> CROSSES =
            List.of(new ColumnPair("country", "device"), new ColumnPair("tier", "age"));

    @Test
    void fiveRowsSliceAsCountedByHand() throws Exception {
        Path csv = Files.writeString(
                dir.resolve("hand.csv"), "y,p,country\nyes,yes,DE\nno,yes,DE\nyes,no,FR\nyes,yes,FR\nyes,yes,\n");
        JsonNode job = MetricsJson.tree(SparkJob.summarize(
                spark,
                csv.toString(),
                new SlicesOnSpark.Roles("y", "p", "string", List.of("country"), List.of()),
                null,
                null,
                TagRequest.NONE));

        JsonNode slices = job.get("slices");
        assertThat(slices).hasSize(3);
        // DE: rows 1–2, one error (no → yes); FR: rows 3–4, one error (yes → no); the empty cell is its own slice
        assertThat(slices.get(0).get("value").asText()).isEqualTo("DE");
        assertThat(slices.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(slices.get(0).get("errors").asInt()).isEqualTo(1);
        assertThat(slices.get(1).get("value").asText()).isEqualTo("FR");
        assertThat(slices.get(1).get("error_rate").asDouble()).isEqualTo(0.5);
        assertThat(slices.get(2).get("value").asText()).isEqualTo("(missing)");
        assertThat(slices.get(2).get("errors").asInt()).isZero();
        // positive class "yes" (last in class order): DE has one actual positive, predicted positive: TPR 1;
        // FR has two actual positives, one predicted positive: TPR 1/2
        assertThat(slices.get(0).get("tpr").asDouble()).isEqualTo(1.0);
        assertThat(slices.get(1).get("tpr").asDouble()).isEqualTo(0.5);
        assertClose(
                "slices",
                job.get("slices"),
                desktop(csv, "y", "p", null, List.of("country"), List.of()).get("slices"));
    }

    @Test
    void generatedBinaryDataGivesTheDesktopsSlicesCrossesAndDisparities() throws Exception {
        Both binary = slicedByBoth(generated(dir.resolve("binary.csv"), 20_000, 3), "binary", "binary_hat", null);

        assertThat(binary.desktop().get("disparities").size())
                .as("binary data has rate spreads")
                .isPositive();
        assertClose(
                "disparities", binary.job().get("disparities"), binary.desktop().get("disparities"));
    }

    @Test
    void generatedMulticlassAndRegressionDataGiveTheDesktopsSlices() throws Exception {
        Path csv = generated(dir.resolve("multi.csv"), 20_000, 5);

        slicedByBoth(csv, "animal", "animal_hat", null);
        slicedByBoth(csv, "y", "y_hat", Task.REGRESSION);
    }

    @Test
    void aNumericColumnIsSlicedByTheDesktopsQuantileBins() throws Exception {
        StringBuilder csv = new StringBuilder("y,p,age\n");
        for (int age = 1; age <= 10; age++) {
            csv.append(age % 3 == 0 ? "a,b," : "a,a,").append(age).append('\n');
        }
        Path file = Files.writeString(dir.resolve("ages.csv"), csv.append("b,b,\n"));
        JsonNode job = MetricsJson.tree(SparkJob.summarize(
                spark,
                file.toString(),
                new SlicesOnSpark.Roles("y", "p", "string", List.of("age"), List.of(), 2),
                null,
                null,
                TagRequest.NONE));

        // ten ages in two bins: edges at ranks 0, 10 * 1 / 2 = 5 and 9 of the sorted ages, 1, 6 and 10;
        // errors at ages 3 and 6, 9: one in [1, 6), two in [6, 10]; the row without an age is its own slice
        JsonNode slices = job.get("slices");
        assertThat(slices).hasSize(3);
        assertThat(slices.get(0).get("value").asText()).isEqualTo("[1, 6)");
        assertThat(slices.get(0).get("count").asInt()).isEqualTo(5);
        assertThat(slices.get(0).get("errors").asInt()).isEqualTo(1);
        assertThat(slices.get(1).get("value").asText()).isEqualTo("[6, 10]");
        assertThat(slices.get(1).get("errors").asInt()).isEqualTo(2);
        assertThat(slices.get(2).get("value").asText()).isEqualTo("(missing)");
    }

    /**
     * The job's and the desktop's documents of the CSV sliced by both slice columns and their cross, after
     * checking that their slices agree.
     *
     * @param task regression, else null for a classification
     */
    private static Both slicedByBoth(Path csv, String label, String prediction, Task task) throws Exception {
        JsonNode job = MetricsJson.tree(
                task == Task.REGRESSION
                        ? SparkJob.summarizeRegression(
                                spark,
                                csv.toString(),
                                new SlicesOnSpark.Roles(label, prediction, "double", SLICES, CROSSES),
                                Double.NaN,
                                TagRequest.NONE)
                        : SparkJob.summarize(
                                spark,
                                csv.toString(),
                                new SlicesOnSpark.Roles(label, prediction, "string", SLICES, CROSSES),
                                null,
                                null,
                                TagRequest.NONE));
        JsonNode desktop = desktop(csv, label, prediction, task, SLICES, CROSSES);
        assertThat(job.get("errors")).isEqualTo(desktop.get("errors"));
        // 7 countries (one the empty cell), 3 devices, 5 age bins and (missing), 3 tiers, the occupied cells
        // of the crosses
        assertThat(desktop.get("slices").size()).isGreaterThan(7 + 3 + 6 + 3 + 18 + 15);
        assertThat(desktop.get("slices").findValuesAsText("value"))
                .contains("1", "2", "3")
                .anySatisfy(value -> assertThat(value).startsWith("2 × ["));
        assertClose("slices", job.get("slices"), desktop.get("slices"));
        return new Both(job, desktop);
    }

    private record Both(JsonNode job, JsonNode desktop) {}

    private static JsonNode desktop(
            Path csv, String label, String prediction, Task task, List<String> slices, List<ColumnPair> crosses)
            throws Exception {
        return desktopJson(csv, new ColumnRoles(null, label, prediction, null, null, task, null), slices, crosses);
    }

    /**
     * Four slice columns (a country empty one time in thirty, an age one time in forty) with error rates that
     * differ by country and device; a binary,
     * a four-class and a numeric outcome with their predictions, each empty one time in fifty.
     */
    private static Path generated(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] countries = {"BR", "DE", "FR", "IN", "JP", "US"};
        String[] devices = {"desktop", "phone", "tablet"};
        String[] animals = {"cat", "dog", "fox", "owl"};
        List<String> lines = new ArrayList<>(rows + 1);
        lines.add("id,country,device,age,tier,binary,binary_hat,animal,animal_hat,y,y_hat");
        for (int i = 0; i < rows; i++) {
            int country = random.nextInt(countries.length);
            int device = random.nextInt(devices.length);
            // right more often in some countries and on some devices, so the slices differ
            int wrongOneIn = 3 + country + 2 * device;
            boolean positive = random.nextInt(3) == 0;
            boolean predictedPositive = random.nextInt(wrongOneIn) == 0 ? !positive : positive;
            String animal = animals[random.nextInt(4)];
            String animalHat = random.nextInt(wrongOneIn) == 0 ? animals[random.nextInt(4)] : animal;
            double y = 10 * random.nextDouble();
            double yHat = y + (random.nextDouble() - 0.5) * (1 + country);
            lines.add(String.join(
                    ",",
                    Integer.toString(i),
                    random.nextInt(30) == 0 ? "" : countries[country],
                    devices[device],
                    // a numeric column the desktop bins by quantiles, and one of three values, each its own bin
                    random.nextInt(40) == 0 ? "" : String.format(Locale.ROOT, "%.2f", 20 + 60 * random.nextDouble()),
                    Integer.toString(1 + random.nextInt(3)),
                    orEmpty(random, positive ? "pos" : "neg"),
                    orEmpty(random, predictedPositive ? "pos" : "neg"),
                    orEmpty(random, animal),
                    orEmpty(random, animalHat),
                    orEmpty(random, String.format(Locale.ROOT, "%.4f", y)),
                    orEmpty(random, String.format(Locale.ROOT, "%.4f", yHat))));
        }
        return Files.write(file, lines);
    }

    private static String orEmpty(SplittableRandom random, String value) {
        return random.nextInt(50) == 0 ? "" : value;
    }
}
