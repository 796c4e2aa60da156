package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import org.junit.jupiter.api.Test;

class ErrorRowsTest {

    private static final ColumnRoles ROLES = new ColumnRoles(null, "y", "p", null, null, Task.BINARY, null);

    @Test
    void aClassificationErrorNeedsBothValuesAndADifference() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "a", "a", "b", null, "b")
                .categorical("p", "a", "b", "a", "a", null)
                .build();

        ErrorRows errors = ErrorRows.of(Outcomes.of(data, ROLES));

        assertThat(errors.errors().toArray()).containsExactly(1, 2);
        assertThat(errors.evaluable().toArray()).containsExactly(0, 1, 2);
        assertThat(errors.tolerance()).isNaN();
    }

    @Test
    void theDefaultRegressionToleranceIsTheEightiethPercentileOfAbsoluteResiduals() {
        // |residuals| 1, 2, 3, 4, 5 (row 5 has no label); numpy: position .8 × 4 = 3.2 → 4 + .2 × (5 − 4) = 4.2
        Dataset data = new DatasetBuilder("d")
                .numeric("y", 1, 2, 3, 4, 5, Double.NaN)
                .numeric("p", 0, 4, 0, 8, 0, 1)
                .build();

        ErrorRows errors = ErrorRows.of(Outcomes.of(data, ROLES.withTask(Task.REGRESSION)));

        assertThat(errors.tolerance()).isCloseTo(4.2, within(1e-12));
        assertThat(errors.errors().toArray()).containsExactly(4);
        assertThat(errors.evaluableCount()).isEqualTo(5);
    }

    @Test
    void aSetToleranceReplacesTheDefault() {
        Dataset data = new DatasetBuilder("d")
                .numeric("y", 1, 2, 3)
                .numeric("p", 0, 0, 0)
                .build();

        ErrorRows errors = ErrorRows.of(Outcomes.of(data, ROLES.withTask(Task.REGRESSION)), 1.5);

        assertThat(errors.errors().toArray()).containsExactly(1, 2);
    }

    @Test
    void theQuantileOfOneValueIsThatValue() {
        assertThat(ErrorRows.quantile(new double[] {7}, 0.8)).isEqualTo(7);
        assertThat(ErrorRows.quantile(new double[0], 0.8)).isNaN();
    }
}
