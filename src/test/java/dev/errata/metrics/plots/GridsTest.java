package dev.errata.metrics.plots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.errata.data.ColumnRoles;
import dev.errata.data.Dataset;
import dev.errata.data.DatasetBuilder;
import dev.errata.data.Task;
import dev.errata.metrics.ClassificationMetrics;
import dev.errata.metrics.ConfusionMatrix;
import dev.errata.metrics.ErrorRows;
import dev.errata.metrics.Outcomes;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GridsTest {

    private static final double[] X = {0, 0.49, 0.5, 1, Double.NaN};
    private static final double[] Y = {0, 0.2, 0.5, 1, 0.3};

    @Test
    void aDensityGridCountsRowsPerCellAndGivesACellsRows() {
        PointSeries series = new PointSeries("x", "y", X.length, row -> X[row], row -> Y[row]);

        DensityGrid grid = DensityGrid.of(series, series.xExtent(), series.yExtent(), 2, 2);

        // 0.5 lies on the upper edge of the first column, so in the second; 1 is the maximum, in the last
        assertThat(grid.count(0, 0)).isEqualTo(2);
        assertThat(grid.count(1, 1)).isEqualTo(2);
        assertThat(grid.count(1, 0)).isZero();
        assertThat(grid.maxCount()).isEqualTo(2);
        assertThat(grid.rowsIn(1, 1).toArray()).containsExactly(2, 3);
    }

    @Test
    void aHistogramHasEqualWidthBinsClosedAtTheMaximum() {
        double[] values = {0, 1, 2, 3, 4, Double.NaN};

        Histogram histogram = Histogram.of(row -> values[row], values.length, 2);

        assertThat(histogram.count(0)).isEqualTo(2);
        assertThat(histogram.count(1)).isEqualTo(3);
        assertThat(histogram.high(0)).isEqualTo(2);
        assertThat(histogram.rows(1).toArray()).containsExactly(2, 3, 4);
    }

    /** Errors: row 1 (said 1 at .8), row 3 (said 1 at .7), row 4 (said 0 at .3, so .7 sure). */
    @Test
    void confidentMistakesComeMostConfidentFirst() {
        ErrorRows errors = ErrorRows.of(PlotFixture.OUTCOMES);

        assertThat(ConfidentMistakes.order(PlotFixture.OUTCOMES, errors.errors()))
                .containsExactly(1, 3, 4);
        assertThat(ConfusionCells.rows(
                                PlotFixture.OUTCOMES,
                                ClassificationMetrics.of(PlotFixture.OUTCOMES).confusion(),
                                0,
                                1)
                        .toArray())
                .containsExactly(1, 3);
    }

    @Test
    void aCellOfThePooledClassesHoldsTheRowsOfEveryPooledClass() {
        // Sixty classes, each right once; k0 once taken for k1: 61 rows, and eleven classes pooled.
        String[] labels = new String[61];
        String[] predictions = new String[61];
        for (int c = 0; c < 60; c++) {
            labels[c] = "k" + c;
            predictions[c] = "k" + c;
        }
        labels[60] = "k0";
        predictions[60] = "k1";
        Dataset data = new DatasetBuilder("d")
                .categorical("y", labels)
                .categorical("p", predictions)
                .build();
        Outcomes outcomes = Outcomes.of(data, new ColumnRoles(null, "y", "p", null, null, Task.MULTICLASS, null));
        ConfusionMatrix matrix = ClassificationMetrics.of(outcomes).confusion();
        assertThat(matrix.pooledClasses()).isEqualTo(11);
        List<String> shown = matrix.classes().subList(0, 49);
        assertThat(shown).contains("k0", "k1");
        int[] pooledRows = IntStream.range(0, 61)
                .filter(r -> !shown.contains(labels[r]) && !shown.contains(predictions[r]))
                .toArray();
        assertThat(pooledRows).hasSize(11);
        assertThat(ConfusionCells.rows(outcomes, matrix, 49, 49).toArray()).containsExactly(pooledRows);
        int k0 = shown.indexOf("k0");
        assertThat(ConfusionCells.rows(outcomes, matrix, k0, shown.indexOf("k1"))
                        .toArray())
                .containsExactly(60);
    }
}
