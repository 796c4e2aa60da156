package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import org.junit.jupiter.api.Test;

class RegressionMetricsTest {

    private static final ColumnRoles ROLES = new ColumnRoles(null, "y", "p", null, null, Task.REGRESSION, null);

    /** scikit-learn's r2_score docstring: y_true = [3, -0.5, 2, 7], y_pred = [2.5, 0.0, 2, 8]; row 3 has no prediction. */
    private static Outcomes example() {
        Dataset data = new DatasetBuilder("d")
                .numeric("y", 3, -0.5, 2, 100, 7)
                .numeric("p", 2.5, 0.0, 2, Double.NaN, 8)
                .build();
        return Outcomes.of(data, ROLES);
    }

    @Test
    void matchesScikitLearnsExample() {
        // residuals .5, −.5, 0, −1: MAE 2/4 = .5, MSE 1.5/4 = .375 → RMSE .612372, mean −1/4 = −.25
        // r2_score = .948608… (SS_tot = 29.1875); DW = (1 + .25 + 1) / 1.5 = 1.5
        RegressionMetrics metrics = RegressionSums.over(example());

        assertThat(metrics.rows()).isEqualTo(4);
        assertThat(metrics.mae()).isCloseTo(0.5, within(1e-12));
        assertThat(metrics.rmse()).isCloseTo(Math.sqrt(0.375), within(1e-12));
        assertThat(metrics.r2()).isCloseTo(0.948608137, within(1e-9));
        assertThat(metrics.meanResidual()).isCloseTo(-0.25, within(1e-12));
        assertThat(metrics.durbinWatson()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void mergingChunksOfOneRowGivesTheSameNumbers() {
        assertThat(RegressionSums.over(example(), 1))
                .usingRecursiveComparison()
                .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : 1, Double.class)
                .isEqualTo(RegressionSums.over(example()));
    }

    @Test
    void constantLabelsLeaveRSquaredUndefined() {
        Dataset data = new DatasetBuilder("d")
                .numeric("y", 2, 2, 2)
                .numeric("p", 1, 2, 3)
                .build();

        RegressionMetrics metrics = RegressionSums.over(Outcomes.of(data, ROLES));

        assertThat(metrics.r2()).isNaN();
        assertThat(metrics.mae()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void noRowsLeaveEverythingUndefined() {
        Dataset data =
                new DatasetBuilder("d").numeric("y", Double.NaN).numeric("p", 1).build();

        RegressionMetrics metrics = RegressionSums.over(Outcomes.of(data, ROLES));

        assertThat(metrics.rows()).isZero();
        assertThat(metrics.mae()).isNaN();
        assertThat(metrics.durbinWatson()).isNaN();
    }
}
