package dev.errata.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class MetricsSnapshotTest {

    /** Errors: rows 1 and 3; row 6 has no label. */
    private static final Dataset BINARY = new DatasetBuilder("churn")
            .categorical("y", "exit", "exit", "stay", "stay", "exit", "stay", null)
            .categorical("p", "exit", "stay", "stay", "exit", "exit", "stay", "stay")
            .numeric("s", 0.9, 0.4, 0.2, 0.6, 0.8, 0.1, 0.3)
            .categorical("geo", "de", "de", "fr", "fr", "fr", "es", "es")
            .numeric("age", 20, 30, 40, 50, 60, 70, 80)
            .build();

    private static final ColumnRoles ROLES = new ColumnRoles(null, "y", "p", "s", null, Task.BINARY, "exit");

    @Test
    void aBinarySnapshotHoldsEveryMetric() {
        MetricsSettings settings = MetricsSettings.defaults()
                .withThreshold(0.7)
                .withSliceColumns(List.of("geo", "age"))
                .withCrosses(List.of(new MetricsSettings.ColumnPair("geo", "age")));
        TagInput fr = TagInput.overAllRows("fr", RoaringBitmap.bitmapOf(2, 3, 4), BINARY.rowCount(), 1.0);

        MetricsSnapshot snapshot = MetricsSnapshot.compute(BINARY, ROLES, settings, List.of(fr));

        assertThat(snapshot.rows()).isEqualTo(7);
        assertThat(snapshot.unevaluableRows()).isEqualTo(1);
        assertThat(snapshot.errorRows().errors().toArray()).containsExactly(1, 3);
        // 4 of 6 right; positive class "exit": tp {0,4}, fn {1}, fp {3}, tn {2,5}
        assertThat(snapshot.classification().accuracy()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(snapshot.predictionRates().tpr()).isCloseTo(2.0 / 3, within(1e-12));
        // s ≥ .7 → rows 0, 4: tp 2, fp 0
        assertThat(snapshot.thresholdRates().fpr()).isZero();
        // positives .9 .4 .8 vs negatives .2 .6 .1: 8 of 9 pairs ranked right
        assertThat(snapshot.scores().rocAuc()).isCloseTo(8.0 / 9, within(1e-12));
        assertThat(snapshot.regression()).isNull();
        assertThat(snapshot.slices()).extracting(SliceTable::column).containsExactly("geo", "age", "geo × age");
        // tag fr: rows 2, 3, 4, one error (3): error rate 1/3, accuracy 2/3, headroom 1/3, prevalence 3/6
        TagMetrics tag = snapshot.tags().get(0);
        assertThat(tag.errorRate().value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(tag.potentialGain().value()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void tagsAreRecomputedWithoutTheRest() {
        MetricsSnapshot snapshot = MetricsSnapshot.compute(BINARY, ROLES, MetricsSettings.defaults(), List.of());

        MetricsSnapshot edited = snapshot.withTags(
                List.of(TagInput.overAllRows("de", RoaringBitmap.bitmapOf(0, 1), BINARY.rowCount(), Double.NaN)));

        assertThat(edited.tags()).extracting(TagMetrics::errors).containsExactly(1L);
        assertThat(edited.classification()).isSameAs(snapshot.classification());
    }

    @Test
    void aRegressionSnapshotHasResidualsAndNoClassMetrics() {
        // |residuals| 1, 2, 3, 4, 5 → default tolerance 4.2, one error
        Dataset data = new DatasetBuilder("prices")
                .numeric("y", 1, 2, 3, 4, 5)
                .numeric("p", 0, 0, 0, 0, 0)
                .build();
        ColumnRoles roles = new ColumnRoles(null, "y", "p", null, null, Task.REGRESSION, null);

        MetricsSnapshot snapshot = MetricsSnapshot.compute(data, roles, MetricsSettings.defaults(), List.of());

        assertThat(snapshot.errorRows().tolerance()).isCloseTo(4.2, within(1e-12));
        assertThat(snapshot.errorRows().errorCount()).isEqualTo(1);
        assertThat(snapshot.regression().mae()).isEqualTo(3.0);
        assertThat(snapshot.classification()).isNull();
        assertThat(snapshot.scores()).isNull();
        assertThat(snapshot.predictionRates()).isNull();
        assertThat(snapshot.classes()).isEmpty();
    }
}
