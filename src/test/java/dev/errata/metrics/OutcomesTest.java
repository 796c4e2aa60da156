package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomesTest {

    private static final ColumnRoles BINARY = new ColumnRoles(null, "y", "p", null, null, Task.BINARY, null);

    @Test
    void classesAreTheSortedUnionOfLabelsAndPredictions() {
        Dataset data = new DatasetBuilder("income")
                .categorical("y", ">50K", "<=50K", ">50K")
                .categorical("p", "<=50K", "<=50K", "<=50K")
                .build();

        Outcomes outcomes = Outcomes.of(data, BINARY);

        assertThat(outcomes.classes()).containsExactly("<=50K", ">50K");
        assertThat(outcomes.positiveClass()).isEqualTo(1);
        assertThat(outcomes.labelClass(0)).isEqualTo(1);
        assertThat(outcomes.predictedClass(0)).isZero();
    }

    @Test
    void numericClassNamesSortAsNumbers() {
        Dataset data = new DatasetBuilder("digits")
                .categorical("y", "10", "9", "2")
                .numeric("p", 2, 10, 100)
                .build();

        Outcomes outcomes = Outcomes.of(data, BINARY.withTask(Task.MULTICLASS));

        assertThat(outcomes.classes()).containsExactly("2", "9", "10", "100");
        assertThat(outcomes.predictedClass(2)).isEqualTo(3);
        assertThat(outcomes.labelClass(1)).isEqualTo(1);
    }

    @Test
    void rowsMissingALabelOrPredictionAreCountedButKept() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "a", null, "b", "a")
                .categorical("p", "a", "a", "", "b")
                .build();

        Outcomes outcomes = Outcomes.of(data, BINARY);

        assertThat(outcomes.rowCount()).isEqualTo(4);
        assertThat(outcomes.evaluableRows()).isEqualTo(2);
        assertThat(outcomes.unevaluableRows()).isEqualTo(2);
        assertThat(outcomes.isEvaluable(1)).isFalse();
    }

    @Test
    void theNamedPositiveClassWinsOverTheLastClass() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "no", "yes")
                .categorical("p", "no", "no")
                .build();

        Outcomes outcomes = Outcomes.of(data, BINARY.withPositiveClass("no"));

        assertThat(outcomes.positiveClass()).isZero();
        assertThat(outcomes.isActualPositive(0)).isTrue();
        assertThat(outcomes.isActualPositive(1)).isFalse();
    }

    @Test
    void aBinaryScoreComesFromThePositiveClassColumnWhenNoScoreIsGiven() {
        Dataset data = new DatasetBuilder("mail")
                .categorical("y", "spam", "ham")
                .categorical("p", "spam", "ham")
                .numeric("p_ham", 0.1, 0.9)
                .numeric("p_spam", 0.9, 0.1)
                .build();

        Outcomes outcomes = Outcomes.of(data, BINARY.withClassScores(Map.of("ham", "p_ham", "spam", "p_spam")));

        assertThat(outcomes.hasScores()).isTrue();
        assertThat(outcomes.score(0)).isEqualTo(0.9);
    }

    @Test
    void aMissingRoleColumnIsReportedByName() {
        Dataset data = new DatasetBuilder("d").categorical("y", "a").build();

        assertThatThrownBy(() -> Outcomes.of(data, BINARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prediction column \"p\"");
    }

    @Test
    void aTextRegressionLabelIsReported() {
        Dataset data =
                new DatasetBuilder("d").categorical("y", "a").numeric("p", 1).build();

        assertThatThrownBy(() -> Outcomes.of(data, BINARY.withTask(Task.REGRESSION)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label column \"y\" holds text");
    }

    @Test
    void anUnknownPositiveClassIsReported() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "a")
                .categorical("p", "b")
                .build();

        assertThatThrownBy(() -> Outcomes.of(data, BINARY.withPositiveClass("c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"c\"");
    }
}
