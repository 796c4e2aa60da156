package dev.errata.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.data.ColumnChoice;
import dev.errata.data.ImportRequest;
import dev.errata.data.Model;
import dev.errata.workbench.Analysis;
import dev.errata.workbench.AnalysisRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two models of the real Adult data compared, against the counts and p-values that
 * docs/verification/data/adult-income/make_second_model.py made without Errata: it wrote the second model's
 * predictions (adult_v2.csv, joined on id) and, per level, the fixed and broken rows counted in plain Python
 * and McNemar's exact p-value from scipy.stats.binomtest, into expected_compare.json.
 */
class AdultComparisonTest {

    private static final Path FOLDER = Path.of("docs/verification/data/adult-income");
    private static final List<Model> MODELS =
            List.of(Model.parse("v1=pred_label:score"), Model.parse("v2=v2_pred_label:v2_score"));

    private static ModelComparison comparison;
    private static JsonNode expected;

    @BeforeAll
    static void compare() throws IOException {
        ImportRequest files = ImportRequest.of(FOLDER.resolve("adult_predictions.csv"))
                .withPredictions(FOLDER.resolve("adult_v2.csv"), "id");
        AnalysisRequest request = new AnalysisRequest(
                null,
                files,
                null,
                null,
                List.of("sex", "age_group"),
                List.of(),
                5,
                List.of("tag_young", "tag_long_hours", "tag_self_emp"),
                List.of(),
                ColumnChoice.ALL);
        comparison = Analysis.load(request).compare(MODELS);
        expected = new ObjectMapper()
                .readTree(FOLDER.resolve("expected_compare.json").toFile());
    }

    @Test
    void overallCountsAndPValueEqualTheIndependentOnes() {
        // from make_second_model.py: 9769 rows, 200 fixed, 164 broken, binomtest p = 0.06643252311296266
        PairedOutcomes overall = comparison.overall().paired();
        assertThat(overall.rows()).isEqualTo(9769);
        assertThat(overall.fixed()).isEqualTo(200);
        assertThat(overall.broken()).isEqualTo(164);
        assertThat(overall.pValue()).isCloseTo(0.06643252311296266, within(1e-12));
        // accuracy rises by (200 - 164) / 9769, and the interval, by the p-value above 0.05, holds zero
        assertThat(overall.accuracyDifference().value()).isCloseTo(36.0 / 9769, within(1e-15));
        assertThat(overall.accuracyDifference().holdsZero()).isTrue();
    }

    /**
     * scikit-learn's roc_auc_score for each model, and DeLong's interval and p-value of their difference from
     * scipy's midranks, by make_second_model.py: v2's flipped scores cost it AUC, a difference whose interval
     * does not hold zero though the accuracies' does.
     */
    @Test
    void theAucsAndTheirPairedDifferenceEqualTheIndependentOnes() {
        JsonNode auc = expected.at("/overall/auc");
        PairedAuc paired = comparison.auc();
        assertThat(paired.first()).isCloseTo(auc.get("v1").asDouble(), within(1e-12));
        assertThat(paired.second()).isCloseTo(auc.get("v2").asDouble(), within(1e-12));
        assertThat(paired.difference().low()).isCloseTo(auc.get("low").asDouble(), within(1e-12));
        assertThat(paired.difference().high()).isCloseTo(auc.get("high").asDouble(), within(1e-12));
        assertThat(paired.pValue()).isCloseTo(auc.get("p_value").asDouble(), within(1e-12));
        assertThat(paired.difference().holdsZero()).isFalse();
    }

    @Test
    void everyClassSliceAndTagEqualsTheIndependentCount() {
        assertThat(comparison.classes()).hasSize(2);
        for (LevelComparison<?> level : comparison.classes()) {
            assertLevel(level, expected.get("classes").get(level.name()));
        }
        assertThat(comparison.slices()).hasSize(2 + 6);
        for (LevelComparison<?> level : comparison.slices()) {
            assertLevel(level, expected.get("slices").get(level.column()).get(level.name()));
        }
        assertThat(comparison.tags()).hasSize(3);
        for (LevelComparison<?> level : comparison.tags()) {
            assertLevel(level, expected.get("tags").get(level.name()));
        }
    }

    @Test
    void theFixedTagIsAClearGainAndTheBrokenSliceAClearLoss() {
        LevelComparison<?> selfEmployed = comparison.tags().get(2);
        assertThat(selfEmployed.paired().accuracyDifference().low()).isGreaterThan(0);
        LevelComparison<?> women = comparison.slices().stream()
                .filter(l -> l.name().equals("Female"))
                .findFirst()
                .orElseThrow();
        assertThat(women.paired().accuracyDifference().high()).isLessThan(0);
    }

    @Test
    void eachModelHasItsOwnMetricsFromTheMetricsCode() {
        // v1's accuracy is expected.json's (scikit-learn); v2's is v1's plus the net fixed rows
        double v1 = comparison.snapshots().get(0).classification().accuracy();
        double v2 = comparison.snapshots().get(1).classification().accuracy();
        assertThat(v1).isCloseTo(0.8543351417750026, within(1e-12));
        assertThat(v2 - v1).isCloseTo(36.0 / 9769, within(1e-12));
    }

    private static void assertLevel(LevelComparison<?> level, JsonNode count) {
        String what = level.column() + " " + level.name();
        assertThat(level.paired().rows()).as(what).isEqualTo(count.get("rows").asLong());
        assertThat(level.paired().fixed()).as(what).isEqualTo(count.get("fixed").asLong());
        assertThat(level.paired().broken())
                .as(what)
                .isEqualTo(count.get("broken").asLong());
        double p = count.get("p_value").asDouble();
        assertThat(level.paired().pValue()).as(what).isCloseTo(p, within(1e-12 + 1e-9 * p));
    }
}
