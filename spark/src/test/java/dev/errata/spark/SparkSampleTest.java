package dev.errata.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.Progress;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.MetricsSettings;
import dev.errata.metrics.MetricsSnapshot;
import dev.errata.metrics.TagInput;
import dev.errata.metrics.TagMetrics;
import dev.errata.project.Project;
import dev.errata.project.ProjectOpener;
import dev.errata.tags.ReviewQueue;
import dev.errata.workbench.AnalysisSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** The review sample drawn from the whole data on Spark, as the desktop's project opener reads it. */
class SparkSampleTest extends LocalSpark {

    @Test
    void theProjectOpensWithTheWholeDatasStrataAndRowsDrawnFromThem() throws Exception {
        Map<String, Long> sizes = new HashMap<>();
        Path csv = generated(dir.resolve("whole.csv"), 20_000, 11, sizes);

        SampleOnSpark.Drawn drawn =
                SampleOnSpark.draw(SparkInput.read(spark, csv.toString()), "y", "p", "region", 30, 20, 7);
        Path projectFile = SampleProject.write(drawn, "y", "p", dir.resolve("out"), "whole-sample");

        List<CSVRecord> rows = records(dir.resolve("out/whole-sample.csv"));
        try (Project opened = new ProjectOpener().open(projectFile, Progress.NONE)) {
            ReviewQueue queue = opened.session().reviewQueue().orElseThrow();
            assertThat(opened.dataset().rowCount()).isEqualTo(50);
            assertThat(queue.rows()).hasSize(50).doesNotHaveDuplicates();
            // the sizes counted while generating, an independent count of the whole data's strata
            Map<String, Long> population = new HashMap<>();
            int errorsDrawn = 0;
            for (ReviewQueue.Stratum s : queue.strata()) {
                population.put(s.name(), s.population());
                errorsDrawn += s.errors() ? s.drawn() : 0;
            }
            assertThat(population).isEqualTo(sizes);
            assertThat(errorsDrawn).isEqualTo(30);

            // every queued row belongs to the stratum it was drawn for, by the desktop's own error rows too
            var errors = ErrorRows.of(
                            opened.dataset(),
                            opened.roles(),
                            AnalysisSettings.of(opened.settings(), opened.session(), MetricsSettings.defaults()))
                    .errors();
            Map<String, Integer> counted = new HashMap<>();
            for (int row : queue.rows()) {
                CSVRecord r = rows.get(row);
                boolean error = !r.get("y").equals(r.get("p"));
                assertThat(errors.contains(row)).isEqualTo(error);
                counted.merge(stratumOf(error, r.get("region")), 1, Integer::sum);
            }
            for (ReviewQueue.Stratum s : queue.strata()) {
                assertThat(counted.getOrDefault(s.name(), 0)).as(s.name()).isEqualTo(s.drawn());
            }

            // a hand tag on exactly the reviewed errors is, estimated, the whole data's errors: each reviewed
            // row stands for its stratum in the whole data, not in the 50 rows opened
            RoaringBitmap reviewed = new RoaringBitmap();
            queue.rows().forEach(reviewed::add);
            MetricsSnapshot snapshot = MetricsSnapshot.compute(
                    opened.dataset(),
                    opened.roles(),
                    AnalysisSettings.of(opened.settings(), opened.session(), MetricsSettings.defaults()),
                    List.of(TagInput.reviewed("error", RoaringBitmap.and(reviewed, errors), reviewed, 0.9)));
            long whole = sizes.values().stream().mapToLong(Long::longValue).sum();
            long wholeErrors = queue.strata().stream()
                    .filter(ReviewQueue.Stratum::errors)
                    .mapToLong(ReviewQueue.Stratum::population)
                    .sum();
            TagMetrics tag = snapshot.tags().get(0);
            assertThat(tag.prevalence().value()).isCloseTo((double) wholeErrors / whole, within(1e-12));
            assertThat(tag.errorShare().value()).isCloseTo(1, within(1e-12));
        }
    }

    /**
     * A numeric column of few values names its strata as the desktop's bins of each value do, so the
     * estimates of the sample opened on the desktop speak for the whole data; one of many values, which the
     * desktop would cut into bins of the sample's own rows, is refused.
     */
    @Test
    void aNumericColumnOfFewValuesStratifiesAsOnTheDesktopAndOneOfManyIsRefused() throws Exception {
        java.util.Random random = new java.util.Random(3);
        StringBuilder csv = new StringBuilder("y,p,tier,age\n");
        long errorRows = 0;
        for (int r = 0; r < 6_000; r++) {
            int tier = 1 + random.nextInt(3);
            boolean wrong = random.nextDouble() < 0.1 * tier;
            errorRows += wrong ? 1 : 0;
            csv.append(r % 2 == 0 ? "a" : "b")
                    .append(',')
                    .append(wrong == (r % 2 == 0) ? "b" : "a")
                    .append(',')
                    .append(tier)
                    .append(".0") // as a double column reads as text: the desktop names its value 1, not 1.0
                    .append(',')
                    .append(18 + random.nextInt(60))
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("tiers.csv"), csv);
        SampleOnSpark.Drawn drawn =
                SampleOnSpark.draw(SparkInput.read(spark, file.toString()), "y", "p", "tier", 30, 30, 5);
        assertThat(drawn.queue().strata().stream().map(ReviewQueue.Stratum::name))
                .contains("errors where tier = 1", "correct rows where tier = 3");
        Path projectFile = SampleProject.write(drawn, "y", "p", dir.resolve("tiers"), "tiers-sample");
        try (Project opened = new ProjectOpener().open(projectFile, Progress.NONE)) {
            ReviewQueue queue = opened.session().reviewQueue().orElseThrow();
            MetricsSettings settings =
                    AnalysisSettings.of(opened.settings(), opened.session(), MetricsSettings.defaults());
            var errors =
                    ErrorRows.of(opened.dataset(), opened.roles(), settings).errors();
            RoaringBitmap reviewed = new RoaringBitmap();
            queue.rows().forEach(reviewed::add);
            MetricsSnapshot snapshot = MetricsSnapshot.compute(
                    opened.dataset(),
                    opened.roles(),
                    settings,
                    List.of(TagInput.reviewed("error", RoaringBitmap.and(reviewed, errors), reviewed, 0.9)));
            // the desktop's strata of the 60 rows opened take the whole data's sizes only where their names,
            // its bins of each tier, are the design's: then a tag on the reviewed errors is the whole data's
            assertThat(snapshot.tags().get(0).prevalence().value()).isCloseTo(errorRows / 6_000.0, within(1e-12));
        }
        assertThatThrownBy(
                        () -> SampleOnSpark.draw(SparkInput.read(spark, file.toString()), "y", "p", "age", 30, 30, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--by \"age\" holds numbers of more than 5 values");
    }

    @Test
    void aSeedGivesTheSameSampleAndAnotherSeedAnother() throws Exception {
        Path csv = generated(dir.resolve("seeded.csv"), 5_000, 3, new HashMap<>());
        Dataset<Row> data = SparkInput.read(spark, csv.toString());

        List<String> first = ids(SampleOnSpark.draw(data, "y", "p", null, 40, 40, 99));
        List<String> again = ids(SampleOnSpark.draw(data, "y", "p", null, 40, 40, 99));
        List<String> other = ids(SampleOnSpark.draw(data, "y", "p", null, 40, 40, 100));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    /**
     * Over 200 seeds each row of a stratum is drawn equally often. Pearson's statistic over a stratum's rows
     * is compared with chi-square's 0.999 quantile (scipy.stats.chi2.ppf(0.999, df): 27.877 for df 9,
     * 58.301 for df 29): for a multinomial draw a false alarm in one in a thousand runs per stratum; drawing
     * without replacement varies less than that, so the alarm is rarer still.
     */
    @Test
    void rowsOfAStratumAreDrawnEquallyOften() throws Exception {
        // rows 0-9 errors, 10-39 correct
        StringBuilder text = new StringBuilder("id,y,p\n");
        for (int i = 0; i < 40; i++) {
            text.append(i).append(",a,").append(i < 10 ? "b" : "a").append('\n');
        }
        Path csv = Files.writeString(dir.resolve("small.csv"), text);
        Dataset<Row> data =
                SparkInput.read(spark, csv.toString()).repartition(3).cache();
        int seeds = 200;
        int[] drawn = new int[40];
        for (long seed = 1; seed <= seeds; seed++) {
            for (String id : ids(SampleOnSpark.draw(data, "y", "p", null, 3, 5, seed))) {
                drawn[Integer.parseInt(id)]++;
            }
        }
        assertThat(pearson(drawn, 0, 10, seeds * 3.0 / 10)).isLessThan(27.877);
        assertThat(pearson(drawn, 10, 40, seeds * 5.0 / 30)).isLessThan(58.301);
    }

    private static double pearson(int[] counts, int from, int to, double expected) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (counts[i] - expected) * (counts[i] - expected) / expected;
        }
        return sum;
    }

    private static List<String> ids(SampleOnSpark.Drawn drawn) {
        int id = drawn.columns().indexOf("id");
        List<String> ids = new ArrayList<>();
        for (int row : drawn.queue().rows()) {
            ids.add(drawn.rows().get(row).getString(id));
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        return ids;
    }

    private static String stratumOf(boolean error, String region) {
        return (error ? "errors" : "correct rows") + " where region = " + (region.isEmpty() ? "(missing)" : region);
    }

    /** Rows with three classes and a region (sometimes missing), counting each stratum's size into {@code sizes}. */
    private static Path generated(Path file, int rows, long seed, Map<String, Long> sizes) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> classes = List.of("cat", "dog", "fox");
        List<String> regions = List.of("north", "south", "east", "");
        StringBuilder text = new StringBuilder("id,region,y,p\n");
        for (int i = 0; i < rows; i++) {
            String region = regions.get(random.nextInt(regions.size()));
            String y = classes.get(random.nextInt(3));
            // the east is harder: more errors there
            boolean wrong = random.nextDouble() < (region.equals("east") ? 0.4 : 0.1);
            String p = wrong ? classes.get((classes.indexOf(y) + 1 + random.nextInt(2)) % 3) : y;
            text.append(i)
                    .append(',')
                    .append(region)
                    .append(',')
                    .append(y)
                    .append(',')
                    .append(p)
                    .append('\n');
            sizes.merge(stratumOf(wrong, region), 1L, Long::sum);
        }
        return Files.writeString(file, text);
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
    }
}
