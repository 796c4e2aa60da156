package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import org.junit.jupiter.api.Test;

class BinaryRatesTest {

    /** Row 5 has no score, row 6 no prediction. */
    private static final Outcomes OUTCOMES = Outcomes.of(
            new DatasetBuilder("d")
                    .numeric("y", 1, 1, 0, 0, 1, 0, 1)
                    .numeric("p", 1, 0, 0, 1, 1, 0, Double.NaN)
                    .numeric("s", 0.9, 0.4, 0.2, 0.6, 0.5, Double.NaN, 0.7)
                    .build(),
            new ColumnRoles(null, "y", "p", "s", null, Task.BINARY, null));

    /** The rates as a snapshot counts them, from the rows' kinds. */
    private static BinaryRates ratesOf(BinaryDecision decision) {
        return RowKinds.of(OUTCOMES, ErrorRows.of(OUTCOMES), decision)
                .decisionCounts()
                .rates();
    }

    @Test
    void ratesFromThePredictionColumn() {
        // rows 0–5: tp {0,4}, fn {1}, tn {2,5}, fp {3}
        BinaryRates rates = ratesOf(BinaryDecision.fromPrediction(OUTCOMES));

        assertThat(rates.rows()).isEqualTo(6);
        assertThat(rates.positiveRate()).isCloseTo(3.0 / 6, within(1e-12));
        assertThat(rates.baseRate()).isCloseTo(3.0 / 6, within(1e-12));
        assertThat(rates.tpr()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(rates.fnr()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(rates.tnr()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(rates.fpr()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(rates.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(rates.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void aScoreEqualToTheThresholdIsPositive() {
        // rows with a score: 0–4 and 6; s ≥ .6 → rows 0, 3, 6: tp {0,6}, fp {3}, fn {1,4}, tn {2}
        BinaryRates rates = ratesOf(BinaryDecision.atThreshold(OUTCOMES, 0.6));

        assertThat(rates.rows()).isEqualTo(6);
        assertThat(rates.truePositives()).isEqualTo(2);
        assertThat(rates.falsePositives()).isEqualTo(1);
        assertThat(rates.falseNegatives()).isEqualTo(2);
        assertThat(rates.trueNegatives()).isEqualTo(1);
        assertThat(rates.tpr()).isCloseTo(0.5, within(1e-12));
        assertThat(rates.value(BinaryRate.FPR)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void withoutNegativesTheNegativeRatesAreUndefinedButPrecisionIsZeroWithoutPredictedPositives() {
        // two positives, both predicted negative: tpr 0, fpr 0/0, precision 0/0 → 0
        BinaryRates rates = BinaryRates.of(0, 0, 0, 2);

        assertThat(rates.tpr()).isZero();
        assertThat(rates.fpr()).isNaN();
        assertThat(rates.tnr()).isNaN();
        assertThat(rates.precision()).isZero();
        assertThat(BinaryRates.of(0, 0, 0, 0).accuracy()).isNaN();
    }
}
