package dev.errata.metrics.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.metrics.BinaryRate;
import dev.errata.metrics.RowGroups;
import org.junit.jupiter.api.Test;

class ThresholdFairnessTest {

    /**
     * At .5 rows 0–3 are positive: overall tp {0, 2}, fp {1, 3}, fn {4}, tn {5} → TPR 2/3. Group a (rows
     * 0–2): tp {0, 2}, fp {1} → TPR 1, gap 1/3. At .75 rows 0–1: overall tp {0}, fn {2, 4} → TPR 1/3;
     * a: tp {0}, fn {2} → TPR 1/2, gap 1/6.
     */
    @Test
    void ratesPerGroupAndThresholdWithGapsToOverall() {
        ThresholdFairness fairness =
                ThresholdFairness.of(PlotFixture.OUTCOMES, RowGroups.of(PlotFixture.DATA, "g", 5), 0.5, 0.75);

        assertThat(fairness.thresholds()).containsExactly(0.5, 0.75);
        assertThat(fairness.overall().get(0).tpr()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(fairness.overall().get(0).positiveRate()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(fairness.overall().get(1).tpr()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(fairness.groups()).extracting(ThresholdFairness.Group::value).containsExactly("a", "b");
        ThresholdFairness.Group a = fairness.groups().get(0);
        assertThat(a.rows()).isEqualTo(3);
        assertThat(a.atThreshold().get(0).rates().tpr()).isEqualTo(1);
        assertThat(a.atThreshold().get(0).gap(BinaryRate.TPR)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(a.atThreshold().get(1).gap(BinaryRate.TPR)).isCloseTo(1.0 / 6, within(1e-12));
    }
}
