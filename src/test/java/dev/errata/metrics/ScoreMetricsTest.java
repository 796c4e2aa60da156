package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreMetricsTest {

    private static final ColumnRoles ROLES = new ColumnRoles(null, "y", "p", "s", null, Task.BINARY, null);

    private static ScoreMetrics binary(double[] labels, double... scores) {
        double[] predictions = new double[labels.length];
        Dataset data = new DatasetBuilder("d")
                .numeric("y", labels)
                .numeric("p", predictions)
                .numeric("s", scores)
                .build();
        return ScoreMetrics.of(Outcomes.of(data, ROLES.withPositiveClass("1")));
    }

    @Test
    void matchesScikitLearnsRocAucAndAveragePrecisionExample() {
        // roc_auc_score([0,0,1,1], [.1,.4,.35,.8]) = .75; average_precision_score(...) = .8333…
        ScoreMetrics metrics = binary(new double[] {0, 0, 1, 1}, 0.1, 0.4, 0.35, 0.8);

        assertThat(metrics.rocAuc()).isCloseTo(0.75, within(1e-12));
        assertThat(metrics.averagePrecision()).isCloseTo(0.8333333333, within(1e-9));
        // Brier: (.1² + .4² + .65² + .2²) / 4 = (.01 + .16 + .4225 + .04) / 4 = .158125
        assertThat(metrics.brierScore()).isCloseTo(0.158125, within(1e-12));
        assertThat(metrics.scoredRows()).isEqualTo(4);
    }

    @Test
    void matchesScikitLearnsLogLossExampleFromClassScoreColumns() {
        // log_loss(["spam","ham","ham","spam"], [[.1,.9],[.9,.1],[.8,.2],[.35,.65]]) = .21616…
        // classes sorted: ham, spam; p(true) = .9, .9, .8, .65; mean −ln p = (.10536·2 + .22314 + .43078) / 4
        Dataset data = new DatasetBuilder("mail")
                .categorical("y", "spam", "ham", "ham", "spam")
                .categorical("p", "spam", "ham", "ham", "spam")
                .numeric("p_ham", 0.1, 0.9, 0.8, 0.35)
                .numeric("p_spam", 0.9, 0.1, 0.2, 0.65)
                .build();
        ColumnRoles roles = ROLES.withScore(null).withClassScores(Map.of("ham", "p_ham", "spam", "p_spam"));

        double binaryLoss = ScoreMetrics.of(Outcomes.of(data, roles)).logLoss();
        double multiclassLoss = ScoreMetrics.of(Outcomes.of(data, roles.withTask(Task.MULTICLASS)))
                .logLoss();

        assertThat(binaryLoss).isCloseTo(0.21616187, within(1e-8));
        assertThat(multiclassLoss).isCloseTo(0.21616187, within(1e-8));
    }

    @Test
    void multiclassLogLossUsesTheTrueClassProbabilityWithoutRenormalising() {
        // true a: p .5 → .693147; true c: p .25 → 1.386294 (the row sums to .75, left as is); mean 1.039721
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "a", "c")
                .categorical("p", "a", "b")
                .numeric("pa", 0.5, 0.25)
                .numeric("pb", 0.25, 0.25)
                .numeric("pc", 0.25, 0.25)
                .build();
        ColumnRoles roles =
                new ColumnRoles(null, "y", "p", null, Map.of("a", "pa", "b", "pb", "c", "pc"), Task.MULTICLASS, null);

        ScoreMetrics metrics = ScoreMetrics.of(Outcomes.of(data, roles));

        assertThat(metrics.logLoss()).isCloseTo(1.0397208, within(1e-7));
        assertThat(metrics.averagePrecision()).isNaN();
    }

    /**
     * scikit-learn 1.9.1 on these eight rows: roc_auc_score(y, P, multi_class="ovr") = 0.7305555555555555,
     * with average="weighted" 0.74375 (0.7437499999999999), brier_score_loss(y, P) = 0.55 (multiclass: the mean
     * of Σₖ (pₖ − 1[y = k])², not halved). The ties (.4 and .4, .3 and .3) count ½ as in scikit-learn.
     */
    @Test
    void multiclassRocAucOneVsRestAndBrierScoreMatchScikitLearn() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "a", "b", "c", "a", "b", "c", "a", "c")
                .categorical("p", "a", "b", "c", "a", "a", "b", "c", "c")
                .numeric("pa", .7, .3, .2, .4, .5, .1, .2, .3)
                .numeric("pb", .2, .4, .2, .4, .3, .5, .3, .3)
                .numeric("pc", .1, .3, .6, .2, .2, .4, .5, .4)
                .build();
        ColumnRoles roles =
                new ColumnRoles(null, "y", "p", null, Map.of("a", "pa", "b", "pb", "c", "pc"), Task.MULTICLASS, null);

        ScoreMetrics metrics = ScoreMetrics.of(Outcomes.of(data, roles));

        assertThat(metrics.rocAuc()).isCloseTo(0.7305555555555555, within(1e-15));
        assertThat(metrics.rocAucWeighted()).isCloseTo(0.74375, within(1e-15));
        assertThat(metrics.brierScore()).isCloseTo(0.55, within(1e-15));
    }

    /**
     * A class that is never a label (b) has no one-vs-rest AUC and is left out of the average, so a slice
     * without some class still has one: a vs rest 1, c vs rest ½ (.25 against .25), mean .75. A row missing a
     * class's probability is left out of the AUC and the Brier score: the third row here; the others' terms are
     * .5² + .25² + .25² = .375 and .25² + .25² + .75² = .6875, mean .53125.
     */
    @Test
    void multiclassAucLeavesOutClassesThatAreNeverALabelAndRowsMissingAProbability() {
        Dataset data = new DatasetBuilder("d")
                .categorical("y", "a", "c", "a")
                .categorical("p", "a", "b", "a")
                .numeric("pa", 0.5, 0.25, 0.1)
                .numeric("pb", 0.25, 0.25, Double.NaN)
                .numeric("pc", 0.25, 0.25, 0.9)
                .build();
        ColumnRoles roles =
                new ColumnRoles(null, "y", "p", null, Map.of("a", "pa", "b", "pb", "c", "pc"), Task.MULTICLASS, null);

        ScoreMetrics metrics = ScoreMetrics.of(Outcomes.of(data, roles));

        assertThat(metrics.rocAuc()).isEqualTo(0.75);
        assertThat(metrics.rocAucWeighted()).isEqualTo(0.75);
        assertThat(metrics.brierScore()).isEqualTo(0.53125);
    }

    @Test
    void equalScoresGiveAucOneHalfAndAveragePrecisionTheBaseRate() {
        // one tie group: AUC = 1 · (0 + 3/2) / (1 · 3) = .5; AP = (1 − 0) · 1/4
        ScoreMetrics metrics = binary(new double[] {1, 0, 0, 0}, 0.3, 0.3, 0.3, 0.3);

        assertThat(metrics.rocAuc()).isEqualTo(0.5);
        assertThat(metrics.averagePrecision()).isEqualTo(0.25);
    }

    @Test
    void aSingleTrueClassLeavesAucUndefined() {
        ScoreMetrics metrics = binary(new double[] {1, 1, 1}, 0.2, 0.5, 0.9);

        assertThat(metrics.rocAuc()).isNaN();
        assertThat(metrics.averagePrecision()).isEqualTo(1.0);
    }

    @Test
    void rowsWithoutAScoreAreLeftOutAndCounted() {
        // without the NaN row the example is y = [0,1], s = [.1,.8]: AUC 1, log loss (−ln .9 − ln .8) / 2
        ScoreMetrics metrics = binary(new double[] {0, 1, 1}, 0.1, 0.8, Double.NaN);

        assertThat(metrics.scoredRows()).isEqualTo(2);
        assertThat(metrics.unscoredRows()).isEqualTo(1);
        assertThat(metrics.rocAuc()).isEqualTo(1.0);
        assertThat(metrics.logLoss()).isCloseTo((-Math.log(0.9) - Math.log(0.8)) / 2, within(1e-12));
    }

    /**
     * A row without a label ranks among the others by its score and is left out of every group it is in; the
     * figures are each group's own, worked by hand. Group 0, rows 0–3 (row 1 unlabelled): y = [1,0,1] at
     * s = [.1,.35,.4], AUC ½ (.4 above .35, .1 below), AP (1 + ⅔) / 2. Group 1: y = [0,1] at s = [.8,.6],
     * AUC 0, AP ½. All rows: positives .1, .4, .6 against negatives .35, .8, two pairs of six in order: AUC ⅓.
     */
    @Test
    void aRowWithoutALabelIsLeftOutOfItsGroupWhereverItsScoreRanks() {
        Dataset data = new DatasetBuilder("d")
                .numeric("y", 1, Double.NaN, 0, 1, 0, 1)
                .numeric("p", 0, 0, 0, 0, 0, 0)
                .numeric("s", 0.1, 0.2, 0.35, 0.4, 0.8, 0.6)
                .build();
        Outcomes outcomes = Outcomes.of(data, ROLES.withPositiveClass("1"));

        ScoreMetrics[] groups = ScoreMetrics.perGroup(outcomes, new int[] {0, 0, 0, 0, 1, 1}, 2);

        assertThat(groups[0].rocAuc()).isCloseTo(0.5, within(1e-12));
        assertThat(groups[0].averagePrecision()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(groups[1].rocAuc()).isCloseTo(0.0, within(1e-12));
        assertThat(groups[1].averagePrecision()).isCloseTo(0.5, within(1e-12));
        assertThat(ScoreMetrics.of(outcomes).rocAuc()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void aCertainMistakeIsClippedToAFiniteLoss() {
        // p(true) = 1 − 1 = 0 → clipped to 1e-15: −ln 1e-15 = 34.538776
        ScoreMetrics metrics = binary(new double[] {0, 1}, 1.0, 1.0);

        assertThat(metrics.logLoss()).isCloseTo(34.538776 / 2, within(1e-5));
    }

    @Test
    void dataWithoutScoresIsRefused() {
        Dataset data =
                new DatasetBuilder("d").numeric("y", 0, 1).numeric("p", 0, 1).build();

        assertThatThrownBy(() -> ScoreMetrics.of(Outcomes.of(data, ROLES.withScore(null))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
