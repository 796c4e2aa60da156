package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data with scores but no prediction column is predicted from the scores. */
class DerivedPredictionTest {

    @Test
    void binaryRowsArePositiveWhenTheScoreReachesTheThreshold() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "no", "yes", "no", "yes")
                .numeric("s", 0.2, 0.6, 0.5, 0.45)
                .build();
        ColumnRoles roles = new ColumnRoles(null, "y", null, "s", null, Task.BINARY, "yes");
        // At 0.5 the predictions are no, yes, yes, no: rows 3 (a false positive) and 4 (a miss) are wrong.
        assertThat(ErrorRows.of(Outcomes.of(data, roles, 0.5)).errors().toArray())
                .containsExactly(2, 3);
        // At 0.4 every row but the first is predicted yes: only row 3 is wrong.
        assertThat(ErrorRows.of(Outcomes.of(data, roles, 0.4)).errors().toArray())
                .containsExactly(2);
    }

    @Test
    void multiclassRowsArePredictedAsTheirMostProbableClass() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "cat", "dog", "eel")
                .numeric("p_cat", 0.5, 0.6, 0.1)
                .numeric("p_dog", 0.3, 0.3, 0.2)
                .numeric("p_eel", 0.2, 0.1, 0.7)
                .build();
        ColumnRoles roles = new ColumnRoles(
                null, "y", null, null, Map.of("cat", "p_cat", "dog", "p_dog", "eel", "p_eel"), Task.MULTICLASS, null);
        Outcomes outcomes = Outcomes.of(data, roles);
        assertThat(outcomes.classes()).containsExactly("cat", "dog", "eel");
        assertThat(ErrorRows.of(outcomes).errors().toArray()).containsExactly(1);
    }
}
