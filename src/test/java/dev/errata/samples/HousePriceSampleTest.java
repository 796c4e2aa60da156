package dev.errata.samples;

import static dev.errata.samples.SampleFiles.slice;
import static dev.errata.samples.SampleFiles.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HousePriceSampleTest {

    private static final Predicate<CSVRecord> LARGE_IN_HARBOUR =
            r -> r.get("region").equals("Harbour") && Integer.parseInt(r.get("size_m2")) >= 150;

    @TempDir
    static Path dir;

    static WrittenSample sample;

    @BeforeAll
    static void writeTheSample() throws IOException {
        sample = WrittenSample.read(HousePriceProject.write(dir), "houses.csv", "--cross", "region,size_band");
    }

    @Test
    void anErrorIsAPredictionMoreThanTheProjectsToleranceOff() {
        assertThat(sample.metrics().get("tolerance").asDouble()).isEqualTo(75_000);
        assertThat(sample.metrics().get("errors").asLong())
                .isEqualTo(sample.rows().stream()
                        .filter(HousePriceSampleTest::wrong)
                        .count());
    }

    @Test
    void theModelUnderPredictsLargeHarbourHousesByAboutAThird() {
        JsonNode cell = slice(sample.metrics(), "region × size_band", "Harbour × 150+");
        assertThat(cell.get("count").asLong())
                .isEqualTo(sample.rows().stream().filter(LARGE_IN_HARBOUR).count());
        assertThat(cell.get("mean_residual").asDouble()).isCloseTo(meanResidual(LARGE_IN_HARBOUR), within(1e-6));
        double meanPrice = sample.rows().stream()
                .filter(LARGE_IN_HARBOUR)
                .mapToDouble(r -> number(r, "price"))
                .average()
                .orElseThrow();
        assertThat(cell.get("mean_residual").asDouble() / meanPrice)
                .as("under-predicted by about a third of the price")
                .isBetween(0.2, 0.4);
        for (String region : List.of("Old Town", "Riverside", "Northgate", "Hillcrest")) {
            double elsewhere = slice(sample.metrics(), "region × size_band", region + " × 150+")
                    .get("mean_residual")
                    .asDouble();
            assertThat(Math.abs(elsewhere))
                    .as(region)
                    .isLessThan(cell.get("mean_residual").asDouble() / 10);
        }
    }

    @Test
    void theRuleTagOfLargeHarbourHousesHoldsNearlyHalfTheErrors() {
        long count = sample.rows().stream().filter(LARGE_IN_HARBOUR).count();
        long errors = sample.rows().stream()
                .filter(LARGE_IN_HARBOUR)
                .filter(HousePriceSampleTest::wrong)
                .count();
        long allErrors =
                sample.rows().stream().filter(HousePriceSampleTest::wrong).count();

        JsonNode tag = tag(sample.metrics(), "large in Harbour");
        assertThat(tag.get("count").asLong()).isEqualTo(count);
        assertThat(tag.get("error_rate").asDouble()).isEqualTo((double) errors / count);
        assertThat(tag.get("error_share").asDouble())
                .isEqualTo((double) errors / allErrors)
                .isGreaterThan(0.4);
        assertThat(tag.get("prevalence").asDouble()).isLessThan(0.05);
    }

    private static double meanResidual(Predicate<CSVRecord> rule) {
        return sample.rows().stream()
                .filter(rule)
                .mapToDouble(r -> number(r, "price") - number(r, "predicted_price"))
                .average()
                .orElseThrow();
    }

    private static boolean wrong(CSVRecord r) {
        return Math.abs(number(r, "price") - number(r, "predicted_price")) > 75_000;
    }

    private static double number(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }
}
