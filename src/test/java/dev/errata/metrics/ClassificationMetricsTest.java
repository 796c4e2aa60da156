package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static final ColumnRoles ROLES = new ColumnRoles(null, "y", "p", null, null, Task.MULTICLASS, null);

    /** scikit-learn's f1_score docstring: y_true = [0,1,2,0,1,2], y_pred = [0,2,1,0,0,1]. */
    private static ClassificationMetrics sklearnExample() {
        Dataset data = new DatasetBuilder("d")
                .numeric("y", 0, 1, 2, 0, 1, 2)
                .numeric("p", 0, 2, 1, 0, 0, 1)
                .build();
        return ClassificationMetrics.of(Outcomes.of(data, ROLES));
    }

    @Test
    void matchesScikitLearnsF1Example() {
        // class 0: tp 2, predicted 3, support 2 → P 2/3, R 1, F1 .8; classes 1 and 2: tp 0 → 0
        ClassificationMetrics metrics = sklearnExample();

        assertThat(metrics.macroF1()).isCloseTo(0.26666666, within(1e-7));
        assertThat(metrics.weightedF1()).isCloseTo(0.26666666, within(1e-7));
        assertThat(metrics.accuracy()).isCloseTo(0.33333333, within(1e-7)); // micro F1 = accuracy
        assertThat(metrics.macroPrecision()).isCloseTo(2.0 / 9, within(1e-12));
        assertThat(metrics.macroRecall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(metrics.perClass().get(0).precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(metrics.perClass().get(0).f1()).isCloseTo(0.8, within(1e-12));
        assertThat(metrics.perClass()).extracting(ClassMetrics::support).containsExactly(2L, 2L, 2L);
    }

    @Test
    void theConfusionMatrixHasTrueClassesAsRows() {
        // true 0: [2,0,0]; true 1: [1,0,1]; true 2: [0,2,0]; column totals 3, 2, 1
        ConfusionMatrix confusion = sklearnExample().confusion();

        assertThat(confusion.classes()).containsExactly("0", "1", "2");
        assertThat(confusion.counts().get(1)).containsExactly(1L, 0L, 1L);
        assertThat(confusion.rowNormalised().get(1)).containsExactly(0.5, 0.0, 0.5);
        assertThat(confusion.columnNormalised().get(0).get(0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(confusion.columnNormalised().get(2).get(1)).isEqualTo(1.0);
    }

    @Test
    void aClassNeverPredictedHasPrecisionZero() {
        // "b" is a label twice but never predicted: precision 0/0 → 0, recall 0/2 = 0; "a": P 2/4, R 1, F1 2/3
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "a", "a", "b", "b")
                .categorical("p", "a", "a", "a", "a")
                .build();

        ClassificationMetrics metrics = ClassificationMetrics.of(Outcomes.of(data, ROLES.withTask(Task.BINARY)));

        ClassMetrics b = metrics.perClass().get(1);
        assertThat(b.precision()).isZero();
        assertThat(b.recall()).isZero();
        assertThat(b.f1()).isZero();
        assertThat(metrics.macroF1()).isCloseTo(1.0 / 3, within(1e-12));
        // an empty column normalises to NaN
        assertThat(metrics.confusion().columnNormalised().get(0).get(1)).isNaN();
    }

    @Test
    void aClassOnlyOnRowsWithoutAPredictionStaysOutOfTheMacroAverage() {
        // "c" appears only where the prediction is missing; the macro F1 averages a (F1 1) and b (F1 1)
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "a", "b", "c")
                .categorical("p", "a", "b", null)
                .build();

        ClassificationMetrics metrics = ClassificationMetrics.of(Outcomes.of(data, ROLES));

        assertThat(metrics.perClass()).hasSize(3);
        assertThat(metrics.macroF1()).isEqualTo(1.0);
        assertThat(metrics.rows()).isEqualTo(2);
    }

    @Test
    void noEvaluableRowLeavesAccuracyUndefined() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "a", null)
                .categorical("p", null, "b")
                .build();

        ClassificationMetrics metrics = ClassificationMetrics.of(Outcomes.of(data, ROLES));

        assertThat(metrics.accuracy()).isNaN();
        assertThat(metrics.macroF1()).isNaN();
    }

    /**
     * 50,000 classes, each right once; classes 0 to 59 are also mistaken for the next class 60 − c times.
     * Errors per class (as truth plus as prediction): 60 for class 0, 121 − 2c for classes 1 to 59, so
     * the 49 with the most are classes 0 to 48 and the other 49,951 are pooled.
     */
    @Test
    void fiftyThousandClassesCountInMemoryOfTheRowsAndTheMatrixPoolsAllButTheMostMistaken() {
        int k = 50_000;
        List<String> names = IntStream.range(0, k).mapToObj(c -> "c" + c).toList();
        ConfusionCounts counts = new ConfusionCounts(k);
        for (int c = 0; c < k; c++) {
            counts.add(c, c);
        }
        for (int c = 0; c < 60; c++) {
            for (int n = 0; n < 60 - c; n++) {
                counts.add(c, c + 1);
            }
        }
        ClassificationMetrics metrics = ClassificationMetrics.of(names, counts);
        // 50,000 right of 50,000 + (60 + 59 + … + 1) = 51,830 rows
        assertThat(metrics.accuracy()).isEqualTo(50_000.0 / 51_830);
        assertThat(metrics.perClass()).hasSize(k);
        assertThat(metrics.perClass().get(0).recall()).isEqualTo(1.0 / 61);

        ConfusionMatrix confusion = metrics.confusion();
        assertThat(confusion.classes()).hasSize(50).startsWith("c0", "c1").endsWith("c48", "other (49,951 classes)");
        assertThat(confusion.pooledClasses()).isEqualTo(49_951);
        assertThat(confusion.count(0, 1)).isEqualTo(60);
        assertThat(confusion.count(48, 49))
                .as("c48 mistaken for c49, which is pooled")
                .isEqualTo(12);
        // the pooled classes' 49,951 right rows and their 11 + 10 + … + 1 mistakes among themselves
        assertThat(confusion.count(49, 49)).isEqualTo(49_951 + 66);
        assertThat(confusion.position(30)).isEqualTo(30);
        assertThat(confusion.position(12_345)).isEqualTo(49);

        List<ClassMetrics> table = metrics.summary();
        assertThat(table).hasSize(50);
        ClassMetrics other = table.get(49);
        // pooled: 49,951 right; support 49,951 + 66; predicted 49,951 + (12 + 11 + … + 1) = + 78
        assertThat(other.name()).isEqualTo("other (49,951 classes)");
        assertThat(other.support()).isEqualTo(50_017);
        assertThat(other.precision()).isEqualTo(49_951.0 / 50_029);
        assertThat(other.recall()).isEqualTo(49_951.0 / 50_017);
        assertThat(table.get(3)).isEqualTo(metrics.perClass().get(3));
    }

    @Test
    void theClassesOfThreeHundredThousandLabelsAndPredictionsAreFoundInTimeLinearInThem() {
        String[] labels = new String[600_000];
        String[] predictions = new String[600_000];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = "k" + (r % 300_000);
            predictions[r] = "k" + ((r * 7) % 300_003);
        }
        Dataset data = new DatasetBuilder("d")
                .categorical("y", labels)
                .categorical("p", predictions)
                .build();
        ColumnRoles roles = new ColumnRoles(null, "y", "p", null, null, Task.MULTICLASS, null);
        ClassificationMetrics metrics = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> ClassificationMetrics.of(Outcomes.of(data, roles)));
        int classes = (int) Stream.concat(Arrays.stream(labels), Arrays.stream(predictions))
                .distinct()
                .count();
        assertThat(classes)
                .as("k0 to k299999 as labels, k300000 to k300002 among the predictions")
                .isEqualTo(300_003);
        assertThat(metrics.perClass()).hasSize(classes);
        assertThat(metrics.confusion().pooledClasses()).isEqualTo(classes - 49);
    }

    @Test
    void fiftyClassesOrFewerAreShownWhole() {
        ClassificationMetrics metrics = sklearnExample();
        assertThat(metrics.confusion().pooledClasses()).isZero();
        assertThat(metrics.summary()).isEqualTo(metrics.perClass());
    }
}
