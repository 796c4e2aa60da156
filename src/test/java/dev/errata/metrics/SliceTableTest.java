package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTableTest {

    /** Errors: row 1 (a false negative) and row 3 (a false positive). */
    private static final Dataset BINARY = new DatasetBuilder("d")
            .numeric("y", 1, 1, 0, 0, 1, 0)
            .numeric("p", 1, 0, 0, 1, 1, 0)
            .numeric("s", 0.9, 0.4, 0.2, 0.6, 0.8, 0.1)
            .categorical("g", "a", "a", "a", "b", "b", "c")
            .categorical("h", "x", "y", "x", "x", null, "y")
            .build();

    private static final Outcomes OUTCOMES =
            Outcomes.of(BINARY, new ColumnRoles(null, "y", "p", "s", null, Task.BINARY, null));
    private static final ErrorRows ERRORS = ErrorRows.of(OUTCOMES);

    private static SliceTable slicesOf(String column) {
        return SliceTable.of(OUTCOMES, ERRORS, RowGroups.of(BINARY, column, 5));
    }

    private static List<List<SliceTable>> byPredictionAndThreshold(
            List<RowGroups> partitions, BinaryDecision threshold) {
        List<RowKinds> kinds = RowKinds.under(OUTCOMES, ERRORS, BinaryDecision.fromPrediction(OUTCOMES), threshold);
        return SliceTable.byPredictionAndThreshold(OUTCOMES, kinds.get(0), kinds.get(1), partitions);
    }

    private static BinaryRates countedRowByRow(BinaryDecision decision) {
        RateCounts counts = new RateCounts();
        for (int row = 0; row < OUTCOMES.rowCount(); row++) {
            counts.add(OUTCOMES, decision, row);
        }
        return counts.rates();
    }

    @Test
    void theKindsOfTwoDecisionsAreEachDecisionsOwnAndCountItsRates() {
        for (double threshold : new double[] {0.05, 0.5, 0.7, 0.95}) {
            BinaryDecision predicted = BinaryDecision.fromPrediction(OUTCOMES);
            BinaryDecision at = BinaryDecision.atThreshold(OUTCOMES, threshold);
            List<RowKinds> both = RowKinds.under(OUTCOMES, ERRORS, predicted, at);
            assertThat(both.get(0).kinds())
                    .isEqualTo(RowKinds.of(OUTCOMES, ERRORS, predicted).kinds());
            assertThat(both.get(1).kinds())
                    .isEqualTo(RowKinds.of(OUTCOMES, ERRORS, at).kinds());
            // the four cells as a row-by-row count of the decision has them
            assertThat(both.get(0).decisionCounts().rates()).isEqualTo(countedRowByRow(predicted));
            assertThat(both.get(1).decisionCounts().rates()).isEqualTo(countedRowByRow(at));
        }
        // by hand at 0.7: s ≥ 0.7 on rows 0 and 4, both positive (2 true positives); below it row 1, a
        // positive (a false negative), and rows 2, 3 and 5, negatives (3 true negatives)
        BinaryRates at07 = RowKinds.of(OUTCOMES, ERRORS, BinaryDecision.atThreshold(OUTCOMES, 0.7))
                .decisionCounts()
                .rates();
        assertThat(at07).isEqualTo(BinaryRates.of(2, 0, 3, 1));
    }

    @Test
    void theThresholdsTablesAreThePredictionsWhereBothDecideEveryRowAlike() {
        // p is s >= 0.5 on every row: at 0.5 the tables are the prediction's own, not counted again
        List<RowGroups> partitions = List.of(RowGroups.of(BINARY, "g", 5));
        List<List<SliceTable>> alike = byPredictionAndThreshold(partitions, BinaryDecision.atThreshold(OUTCOMES, 0.5));
        assertThat(alike.get(1)).isSameAs(alike.get(0));

        // at 0.7 row 3 (slice b, a negative scored 0.6) is decided negative: b's false positive rate goes
        // from 1 of 1 to 0 of 1, as the tables of that decision alone say
        BinaryDecision at07 = BinaryDecision.atThreshold(OUTCOMES, 0.7);
        List<List<SliceTable>> apart = byPredictionAndThreshold(partitions, at07);
        assertThat(apart.get(0).get(0).slices().get(1).binary().rates().fpr()).isEqualTo(1.0);
        assertThat(apart.get(1).get(0).slices().get(1).binary().rates().fpr()).isZero();
        assertThat(apart.get(1).get(0).slices().get(1).binary().rates())
                .isEqualTo(SliceTable.of(OUTCOMES, ERRORS, partitions.get(0), at07)
                        .slices()
                        .get(1)
                        .binary()
                        .rates());

        // two columns at once, the score metrics worked out once for both decisions: every table as each
        // decision's own tables have it
        List<RowGroups> two = List.of(RowGroups.of(BINARY, "g", 5), RowGroups.of(BINARY, "h", 5));
        List<List<SliceTable>> both = byPredictionAndThreshold(two, at07);
        assertThat(both.get(0))
                .isEqualTo(SliceTable.all(OUTCOMES, ERRORS, two, BinaryDecision.fromPrediction(OUTCOMES)));
        assertThat(both.get(1)).isEqualTo(SliceTable.all(OUTCOMES, ERRORS, two, at07));
        assertThat(both.get(1).get(1).slices().get(0).scores()).isNotNull();
    }

    @Test
    void eachValueIsASliceWithItsErrorRate() {
        SliceTable table = slicesOf("g");

        assertThat(table.column()).isEqualTo("g");
        assertThat(table.slices()).extracting(Slice::value).containsExactly("a", "b", "c");
        assertThat(table.slices()).extracting(Slice::errors).containsExactly(1L, 1L, 0L);
        Slice a = table.slices().get(0);
        // 1 error of 3: Wilson [.0615, .7923]
        assertThat(a.errorRate().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(a.errorRate().low()).isCloseTo(0.06149, within(1e-5));
        assertThat(a.errorRate().high()).isCloseTo(0.79234, within(1e-5));
        assertThat(a.accuracy().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(a.regression()).isNull();
    }

    @Test
    void aSliceOfOneRowHasRatesAndAnInterval() {
        // row 5: a true negative; 0 errors of 1 → Wilson [0, .7935]; no positives → tpr undefined
        Slice c = slicesOf("g").slices().get(2);

        assertThat(c.rows()).isEqualTo(1);
        assertThat(c.errorRate().value()).isZero();
        assertThat(c.errorRate().high()).isCloseTo(0.79345, within(1e-5));
        assertThat(c.errorRate().smallSample()).isTrue();
        assertThat(c.binary().rates().tpr()).isNaN();
        assertThat(c.binary().rates().fpr()).isZero();
        assertThat(c.binary().gap(BinaryRate.TPR)).isNaN();
    }

    @Test
    void binaryRatesComeFromThePredictionWithGapsToOverall() {
        // overall: tp {0,4}, fn {1}, tn {2,5}, fp {3} → tpr 2/3, fpr 1/3, positive rate 1/2
        // a: tp {0}, fn {1}, tn {2} → tpr 1/2; b: fp {3}, tp {4} → tpr 1, fpr 1, positive rate 1
        SliceTable table = slicesOf("g");

        assertThat(table.overallRates().tpr()).isCloseTo(2.0 / 3, within(1e-12));
        RateGaps a = table.slices().get(0).binary();
        RateGaps b = table.slices().get(1).binary();
        assertThat(a.rates().tpr()).isEqualTo(0.5);
        assertThat(a.gap(BinaryRate.TPR)).isCloseTo(0.5 - 2.0 / 3, within(1e-12));
        assertThat(b.gap(BinaryRate.FPR)).isCloseTo(1 - 1.0 / 3, within(1e-12));
        assertThat(b.gap(BinaryRate.POSITIVE_RATE)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void spreadsSkipGroupsWhereTheRateIsUndefined() {
        // tpr: a .5, b 1, c undefined → max 1, min .5; positive rate: a 1/3, b 1, c 0 → ratio 0
        SliceTable table = slicesOf("g");

        RateSpread tpr = table.spreads().get(BinaryRate.TPR.ordinal());
        assertThat(tpr.rate()).isEqualTo(BinaryRate.TPR);
        assertThat(tpr.max()).isEqualTo(1.0);
        assertThat(tpr.min()).isEqualTo(0.5);
        assertThat(tpr.difference()).isEqualTo(0.5);
        assertThat(tpr.ratio()).isEqualTo(0.5);
        assertThat(table.spreads().get(BinaryRate.POSITIVE_RATE.ordinal()).ratio())
                .isZero();
    }

    @Test
    void aThresholdDecisionReplacesThePrediction() {
        // s ≥ .7 → rows 0, 4 positive; in b: row 3 (s .6) turns negative, so b's fpr is 0
        SliceTable table = SliceTable.of(
                OUTCOMES, ERRORS, RowGroups.of(BINARY, "g", 5), BinaryDecision.atThreshold(OUTCOMES, 0.7));

        assertThat(table.slices().get(1).binary().rates().fpr()).isZero();
        assertThat(table.overallRates().tpr()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void missingValuesAreTheirOwnSlice() {
        SliceTable table = slicesOf("h");

        assertThat(table.slices()).extracting(Slice::value).containsExactly("x", "y", RowGroups.MISSING);
        assertThat(table.slices()).extracting(Slice::rows).containsExactly(3L, 2L, 1L);
    }

    @Test
    void aCrossSlicesByPairsOfValuesAndLeavesOutEmptyCells() {
        // cells: a×x {0,2}, a×y {1}, b×x {3}, b×(missing) {4}, c×y {5}
        SliceTable table = SliceTable.of(
                OUTCOMES, ERRORS, RowGroups.cross(RowGroups.of(BINARY, "g", 5), RowGroups.of(BINARY, "h", 5)));

        assertThat(table.column()).isEqualTo("g × h");
        assertThat(table.slices())
                .extracting(Slice::value)
                .containsExactly("a × x", "a × y", "b × x", "b × (missing)", "c × y");
        assertThat(table.slices()).extracting(Slice::errors).containsExactly(0L, 1L, 1L, 0L, 0L);
    }

    @Test
    void aNumericColumnIsSlicedIntoQuantileBins() {
        // s sorted .1 .2 .4 .6 .8 .9, 2 bins: edges sorted[0, 3] = .1, .6 and max .9
        SliceTable table = SliceTable.of(OUTCOMES, ERRORS, RowGroups.of(BINARY, "s", 2));

        assertThat(table.slices()).extracting(Slice::value).containsExactly("[0.10, 0.60)", "[0.60, 0.90]");
        assertThat(table.slices()).extracting(Slice::errors).containsExactly(1L, 1L);
    }

    @Test
    void regressionSlicesCarryResidualMetrics() {
        // tolerance 1.5; group a: residuals 1, −2 → MAE 1.5, mean −.5, 1 error; group b: residual 3
        Dataset data = new DatasetBuilder("r")
                .numeric("y", 1, 0, 5)
                .numeric("p", 0, 2, 2)
                .categorical("g", "a", "a", "b")
                .build();
        Outcomes outcomes = Outcomes.of(data, new ColumnRoles(null, "y", "p", null, null, Task.REGRESSION, null));

        SliceTable table = SliceTable.of(outcomes, ErrorRows.of(outcomes, 1.5), RowGroups.of(data, "g", 5));

        Slice a = table.slices().get(0);
        assertThat(a.errors()).isEqualTo(1);
        assertThat(a.regression().mae()).isEqualTo(1.5);
        assertThat(a.regression().meanResidual()).isEqualTo(-0.5);
        assertThat(a.binary()).isNull();
        assertThat(table.spreads()).isEmpty();
        assertThat(table.slices().get(1).regression().rmse()).isEqualTo(3.0);
    }
}
